import { decisionNoticeText, isDecisionNoticeCode } from './decision-texts';

describe('decision notice texts', () => {
  it('words an approval waiting, first and after a rejection', () => {
    const notice = {
      code: 'APPROVAL_WAITING' as const,
      params: { projectName: '滨江壹号', milestoneKey: 'openDay', dueDate: '2030-01-10', rework: 0 },
    };
    expect(decisionNoticeText(notice, 'zh-CN')).toEqual({
      title: '【待审批】滨江壹号：「业主开放日」',
      body: '滨江壹号的「业主开放日」节点等待您审批，应于 2030-01-10 前完成。',
    });
    expect(decisionNoticeText({ ...notice, params: { ...notice.params, rework: 1 } }, 'en').title).toBe(
      'Approval waiting: owner open day of 滨江壹号 (resubmitted)',
    );
  });

  it('words a rejection with the party and its reason', () => {
    const notice = {
      code: 'GATE_REJECTED' as const,
      params: {
        projectName: '滨江壹号',
        milestoneKey: 'unitInspection',
        party: 'engineering',
        reason: '3#楼渗漏未整改',
      },
    };
    expect(decisionNoticeText(notice, 'zh-CN').body).toBe(
      '工程负责人驳回了滨江壹号的「分户验收」节点，理由：3#楼渗漏未整改',
    );
    expect(decisionNoticeText(notice, 'en').body).toBe(
      'the engineering head rejected the unit-by-unit inspection gate of 滨江壹号: 3#楼渗漏未整改',
    );
  });

  it("words HQ's decisions on a postponement and on a date at risk", () => {
    const approved = {
      code: 'POSTPONEMENT_DECIDED' as const,
      params: { projectName: '滨江壹号', decision: 'approved' as const, newFirstHandoverDate: '2030-02-01', note: '' },
    };
    expect(decisionNoticeText(approved, 'zh-CN').title).toBe('【延期已批准】滨江壹号');
    expect(decisionNoticeText(approved, 'zh-CN').body).toContain('首次交付日改为 2030-02-01');
    const proceeded = {
      code: 'AT_RISK_DECIDED' as const,
      params: { projectName: '滨江壹号', decision: 'proceeded' as const, note: '移交已完成' },
    };
    expect(decisionNoticeText(proceeded, 'zh-CN').body).toBe('集团决定按期交付（记录例外）。移交已完成');
    expect(isDecisionNoticeCode('AT_RISK_DECIDED')).toBe(true);
    expect(isDecisionNoticeCode('MILESTONE_OVERDUE')).toBe(false);
  });
});
