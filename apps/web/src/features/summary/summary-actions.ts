import type { components } from '../../api/schema';

type Summary = components['schemas']['HandoverSummaryDto'];

/** What a person in this role may do with the summary in its state (the server decides again on every request). */
export function summaryActions(role: string, summary: Pick<Summary, 'status' | 'gateStatus'>) {
  const draft = summary.status === 'draft';
  const sentBack = summary.status === 'submitted' && summary.gateStatus === 'rework';
  return {
    compile: draft && (role === 'project_lead' || role === 'hq'),
    editNarrative: role === 'project_lead' && (draft || sentBack),
    submit: role === 'project_lead' && draft,
    accept: role === 'hq' && summary.status === 'submitted' && summary.gateStatus !== 'closed' && !sentBack,
  };
}
