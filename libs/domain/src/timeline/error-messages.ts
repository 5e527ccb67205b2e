import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';
import { partyZh } from '../errors/people-phrases';
import { planProblemsZh } from '../projects/error-messages';
import { partyLabel } from '../schedule/departments';
import { MILESTONE_INFO, milestoneLabel, type MilestoneKey } from '../schedule/milestones';
import { PHASE_LABELS, PHASE_NAMES_ZH, type PhaseKey } from '../schedule/phases';

type Render = (params: ErrorParams) => string;

/** `milestone`: the gate's key → 'owner open day (业主开放日)' / '业主开放日'. */
const gateEn = (p: ErrorParams): string =>
  MILESTONE_INFO[p.milestone as MilestoneKey] ? milestoneLabel(p.milestone as MilestoneKey) : String(p.milestone);
const gateZh = (p: ErrorParams): string => MILESTONE_INFO[p.milestone as MilestoneKey]?.nameZh ?? String(p.milestone);

/** `parties`: the signing parties, comma-separated. */
const partiesOf = (p: ErrorParams): string[] => (p.parties ? String(p.parties).split(',') : []);

/** `phases`: the phases a gate waits for, comma-separated. */
const phasesOf = (p: ErrorParams): PhaseKey[] => (p.phases ? (String(p.phases).split(',') as PhaseKey[]) : []);

/** Who was refused a gate they do not sign (`caller`), in English. */
function notASignerEn(p: ErrorParams): string {
  const label = gateEn(p);
  const signedBy = `it is signed by: ${partiesOf(p).map(partyLabel).join(', ')}.`;
  switch (p.caller) {
    case 'department_head':
      return `The ${partyLabel(String(p.department ?? ''))} department does not sign the ${label} gate; ${signedBy}`;
    case 'project_lead':
      return `The project lead does not sign the ${label} gate; ${signedBy}`;
    case 'other_lead':
      return `You are not the lead of this project, so you cannot sign the ${label} gate; ${signedBy}`;
    case 'hq':
      return `HQ does not sign the ${label} gate; ${signedBy}`;
    default:
      return `Admins do not sign gates; the ${label} gate is ${signedBy.replace('it is ', '')}`;
  }
}

function notASignerZh(p: ErrorParams): string {
  const signers = partiesOf(p).map(partyZh).join('、');
  const who: Record<string, string> = {
    department_head: `${partyZh(p.department)}部门不参与「${gateZh(p)}」节点的审批`,
    project_lead: `项目负责人不参与「${gateZh(p)}」节点的审批`,
    other_lead: `您不是本项目的项目负责人，不能审批「${gateZh(p)}」节点`,
    hq: `总部不参与「${gateZh(p)}」节点的审批`,
  };
  return `${who[String(p.caller)] ?? `系统管理员不审批节点`}；该节点由${signers}审批。`;
}

/**
 * The refusals of the project timeline (交付节点): its gates' approvals and rejections, postponements of the first
 * handover day and HQ's decision on a handover date at risk. They come from the workflow's update validators with
 * these codes and params; `milestone` is a gate's key, `party` a signing party, `phases` the phases a gate waits for.
 */
export const TIMELINE_ERROR_MESSAGES = {
  MILESTONE_UNKNOWN: {
    'zh-CN': (p) => `没有这个节点：「${p.milestone}」。`,
    en: (p) => `Unknown milestone "${p.milestone}".`,
  },
  GATE_NOT_A_SIGNER: { 'zh-CN': notASignerZh, en: notASignerEn },
  GATE_PARTY_NOT_YOURS: {
    'zh-CN': (p) => `您不能代表${partyZh(p.party)}审批「${gateZh(p)}」节点。`,
    en: (p) => `You cannot sign the ${gateEn(p)} gate for ${partyLabel(String(p.party))}.`,
  },
  PROJECT_COMPLETED_GATES_CLOSED: {
    'zh-CN': () => '项目已完成，所有节点均已关闭。',
    en: () => 'The project is completed; its gates are closed.',
  },
  GATE_ALREADY_CLOSED: {
    'zh-CN': (p) => `「${gateZh(p)}」节点已关闭。`,
    en: (p) => `The ${gateEn(p)} gate is already closed.`,
  },
  GATE_NOT_OPEN: {
    'zh-CN': (p) =>
      `「${gateZh(p)}」节点尚未开启：须待「${phasesOf(p)
        .map((phase) => PHASE_NAMES_ZH[phase] ?? phase)
        .join('」和「')}」阶段关闭后才能审批。`,
    en: (p) =>
      `The ${gateEn(p)} gate is not open yet: it opens when ${phasesOf(p)
        .map((phase) => PHASE_LABELS[phase] ?? phase)
        .join(' and ')} is closed.`,
  },
  GATE_ALREADY_APPROVED_BY_YOU: {
    'zh-CN': (p) => `您已审批通过「${gateZh(p)}」节点，无需重复审批。`,
    en: (p) => `You have already approved the ${gateEn(p)} gate.`,
  },
  GATE_PARTY_ALREADY_APPROVED: {
    'zh-CN': (p) => `「${gateZh(p)}」节点已有${partyZh(p.party)}的审批意见。`,
    en: (p) => `The ${gateEn(p)} gate already has the ${partyLabel(String(p.party))} approval.`,
  },
  GATE_REJECTION_REASON_REQUIRED: {
    'zh-CN': () => '退回须填写原因。',
    en: () => 'A rejection needs a reason.',
  },
  PROJECT_COMPLETED_DATE_FIXED: {
    'zh-CN': () => '项目已完成，首次交付日不能再调整。',
    en: () => 'The project is completed; its handover date cannot move.',
  },
  CENTRALIZED_HANDOVER_STARTED: {
    'zh-CN': () => '集中交付已经开始，首次交付日不能再延期。',
    en: () => 'The centralized handover has already started; its first day cannot be postponed.',
  },
  POSTPONEMENT_NOT_LATER: {
    'zh-CN': (p) => `延期后的首次交付日须晚于当前的首次交付日 ${p.firstHandoverDate}。`,
    en: (p) => `A postponement must move the first handover day later than ${p.firstHandoverDate}.`,
  },
  POSTPONEMENT_PLAN_INVALID: {
    'zh-CN': (p) => `按新的首次交付日，交付计划不符合节点规则：${planProblemsZh(p.planProblems)}。`,
    en: (p) => String(p.detail),
  },
  POSTPONEMENT_LEAD_ONLY: {
    'zh-CN': () => '只有本项目的项目负责人可以申请延期。',
    en: () => "Only the project's lead can request a postponement.",
  },
  POSTPONEMENT_PENDING: {
    'zh-CN': () => '已有一条延期申请在等待总部审批，请等待审批结果后再申请。',
    en: () => 'A postponement request is already waiting for HQ.',
  },
  POSTPONEMENT_EXISTS: {
    'zh-CN': (p) => `延期申请 ${p.requestId} 已存在。`,
    en: (p) => `Postponement request ${p.requestId} already exists.`,
  },
  POSTPONEMENT_REASON_REQUIRED: {
    'zh-CN': () => '申请延期须填写原因。',
    en: () => 'A postponement request needs a reason.',
  },
  POSTPONEMENT_DECISION_HQ_ONLY: {
    'zh-CN': () => '只有总部可以审批延期申请。',
    en: () => 'Only HQ can decide a postponement.',
  },
  POSTPONEMENT_NOT_FOUND: {
    'zh-CN': (p) => `本项目中找不到延期申请 ${p.requestId}。`,
    en: (p) => `No postponement request ${p.requestId} on this project.`,
  },
  POSTPONEMENT_ALREADY_DECIDED: {
    'zh-CN': (p) => `延期申请 ${p.requestId} 已${p.status === 'approved' ? '批准' : '驳回'}，不能重复审批。`,
    en: (p) => `Postponement request ${p.requestId} was already ${p.status}.`,
  },
  AT_RISK_DECISION_HQ_ONLY: {
    'zh-CN': () => '只有总部可以对存在风险的交付日期作出决定。',
    en: () => 'Only HQ can decide on a handover date at risk.',
  },
  AT_RISK_DECISION_NOT_OPEN: {
    'zh-CN': () => '本项目当前没有待总部决定的交付日期风险。',
    en: () => 'No at-risk decision is open on this project.',
  },
  AT_RISK_NOTE_REQUIRED: {
    'zh-CN': () => '请填写决定说明（原因，或登记的例外）。',
    en: () => 'The decision needs a note (the reason, or the recorded exception).',
  },
  AT_RISK_NEW_DATE_REQUIRED: {
    'zh-CN': () => '决定延期时须填写新的首次交付日。',
    en: () => 'Postponing needs the new first handover day.',
  },
  WORKFLOW_NOT_RUNNING: {
    'zh-CN': () => '本项目的交付流程当前未在运行，无法办理此操作。',
    en: () => "This project's workflow is not running.",
  },
} satisfies Record<string, Record<Language, Render>>;
