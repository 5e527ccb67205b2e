import type { Language } from '../errors/language';
import { MILESTONE_INFO, type MilestoneKey } from '../schedule/milestones';
import { partyLabel } from '../schedule/departments';
import { partyZh } from '../errors/people-phrases';
import type { NotificationText } from './notification-texts';

/** What an approval or a decision notice says, as parameters (审批待办, 决定通知). */
export interface DecisionNoticeParams {
  /** a gate opened (or reopened after a rejection) and waits for the person's approval */
  APPROVAL_WAITING: { projectName: string; milestoneKey: string; dueDate: string; rework: number };
  /** a party rejected the gate, with its reason */
  GATE_REJECTED: { projectName: string; milestoneKey: string; party: string; reason: string };
  /** HQ decided the lead's postponement request */
  POSTPONEMENT_DECIDED: {
    projectName: string;
    decision: 'approved' | 'refused';
    newFirstHandoverDate: string;
    note: string;
  };
  /** HQ decided what happens to a handover date at risk */
  AT_RISK_DECIDED: { projectName: string; decision: 'postponed' | 'proceeded'; note: string };
}

export type DecisionNoticeCode = keyof DecisionNoticeParams;
export type DecisionNotice = {
  [Code in DecisionNoticeCode]: { code: Code; params: DecisionNoticeParams[Code] };
}[DecisionNoticeCode];

const gate = (key: string, language: Language): string => {
  const info = MILESTONE_INFO[key as MilestoneKey];
  if (!info) return key;
  return language === 'zh-CN' ? `「${info.nameZh}」` : info.label;
};

/** 工程负责人, 项目负责人, 总部; 'the engineering head', 'the project lead', 'HQ'. */
const partyName = (party: string, language: Language): string => {
  if (language === 'zh-CN')
    return party === 'project_lead' || party === 'hq' ? partyZh(party) : `${partyZh(party)}负责人`;
  if (party === 'hq') return 'HQ';
  return party === 'project_lead' ? 'the project lead' : `the ${partyLabel(party)} head`;
};

const TEXTS: {
  [Code in DecisionNoticeCode]: Record<Language, (p: DecisionNoticeParams[Code]) => NotificationText>;
} = {
  APPROVAL_WAITING: {
    'zh-CN': (p) => ({
      title: `【待审批】${p.projectName}：${gate(p.milestoneKey, 'zh-CN')}${p.rework > 0 ? '（驳回后重新提交）' : ''}`,
      body: `${p.projectName}的${gate(p.milestoneKey, 'zh-CN')}节点等待您审批，应于 ${p.dueDate} 前完成。`,
    }),
    en: (p) => ({
      title: `Approval waiting: ${gate(p.milestoneKey, 'en')} of ${p.projectName}${p.rework > 0 ? ' (resubmitted)' : ''}`,
      body: `The ${gate(p.milestoneKey, 'en')} gate of ${p.projectName} waits for your approval, due ${p.dueDate}.`,
    }),
  },
  GATE_REJECTED: {
    'zh-CN': (p) => ({
      title: `【驳回】${p.projectName}：${gate(p.milestoneKey, 'zh-CN')}`,
      body: `${partyName(p.party, 'zh-CN')}驳回了${p.projectName}的${gate(p.milestoneKey, 'zh-CN')}节点，理由：${p.reason}`,
    }),
    en: (p) => ({
      title: `Rejected: ${gate(p.milestoneKey, 'en')} of ${p.projectName}`,
      body: `${partyName(p.party, 'en')} rejected the ${gate(p.milestoneKey, 'en')} gate of ${p.projectName}: ${p.reason}`,
    }),
  },
  POSTPONEMENT_DECIDED: {
    'zh-CN': (p) => ({
      title: `【延期${p.decision === 'approved' ? '已批准' : '未批准'}】${p.projectName}`,
      body:
        p.decision === 'approved'
          ? `集团批准了${p.projectName}的延期申请，首次交付日改为 ${p.newFirstHandoverDate}。${p.note}`
          : `集团未批准${p.projectName}延期至 ${p.newFirstHandoverDate} 的申请。${p.note}`,
    }),
    en: (p) => ({
      title: `Postponement ${p.decision}: ${p.projectName}`,
      body:
        p.decision === 'approved'
          ? `HQ approved the postponement of ${p.projectName}: the first handover day is now ${p.newFirstHandoverDate}. ${p.note}`
          : `HQ refused to postpone ${p.projectName} to ${p.newFirstHandoverDate}. ${p.note}`,
    }),
  },
  AT_RISK_DECIDED: {
    'zh-CN': (p) => ({
      title: `【交付日期风险已决定】${p.projectName}`,
      body: `集团决定${p.decision === 'postponed' ? '延期交付' : '按期交付（记录例外）'}。${p.note}`,
    }),
    en: (p) => ({
      title: `Handover date at risk decided: ${p.projectName}`,
      body: `HQ decided to ${p.decision === 'postponed' ? 'postpone' : 'proceed on the date with a recorded exception'}. ${p.note}`,
    }),
  },
};

export function isDecisionNoticeCode(value: unknown): value is DecisionNoticeCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(TEXTS, value);
}

export function decisionNoticeText(notice: DecisionNotice, language: Language): NotificationText {
  const render = TEXTS[notice.code][language] as (params: DecisionNotice['params']) => NotificationText;
  return render(notice.params);
}
