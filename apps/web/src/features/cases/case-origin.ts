import type { components } from '../../api/schema';

type Defect = components['schemas']['DefectDto'];
type Complaint = components['schemas']['ComplaintDto'];
type CaseKind = components['schemas']['CreateCaseDto']['kind'];
export type RecordKind = components['schemas']['CaseSourceDto']['recordKind'];

/** Where a new case comes from: `/cases?from=defect:<id>&project=<projectId>` (or `complaint:<id>`). */
export interface CaseOrigin {
  projectId: string;
  recordKind: RecordKind;
  recordId: string;
}

/** The link a defect or complaint screen opens to start a case from its record, the form prefilled. */
export function caseFromRecordPath(origin: CaseOrigin): string {
  return `/cases?from=${origin.recordKind}:${encodeURIComponent(origin.recordId)}&project=${encodeURIComponent(origin.projectId)}`;
}

/** Reads `from` and `project` of the cases page's URL; null unless both are there and the kind is known. */
export function parseCaseOrigin(from: string | null, project: string | null): CaseOrigin | null {
  if (!from || !project) return null;
  const [kind, id] = from.split(':', 2);
  if ((kind !== 'defect' && kind !== 'complaint') || !id) return null;
  return { projectId: project, recordKind: kind, recordId: id };
}

const TITLE_MAX = 200;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A first draft of the case from its record, for the person to rewrite: title, summary and kind. */
export function draftFromDefect(defect: Defect): { kind: CaseKind; title: string; summary: string; tags: string[] } {
  const lines = [
    defect.description,
    defect.explanation && `${defect.explanation}`,
    defect.ownerReply && `${defect.ownerReply}`,
  ].filter(Boolean);
  return {
    kind: 'common_quality_problem',
    title: clip(`${defect.trade}：${defect.description.split('\n')[0]}`, TITLE_MAX),
    summary: lines.join('\n'),
    tags: defect.trade ? [defect.trade] : [],
  };
}

export function draftFromComplaint(complaint: Complaint): {
  kind: CaseKind;
  title: string;
  summary: string;
  tags: string[];
} {
  const lines = [complaint.description, complaint.facts, complaint.replyContent].filter(Boolean);
  return { kind: 'typical_complaint', title: clip(complaint.subject, TITLE_MAX), summary: lines.join('\n'), tags: [] };
}
