import { initialState } from './project-state';
import { stateChangeNotices } from './state-change-notices';
import type { HandoverProjectState } from './handover-project';

const input = {
  projectId: 'p1',
  cityCompany: '杭州城市公司',
  name: '滨江壹号',
  batch: '一期',
  leadUserId: 'lead-1',
  launchDate: '2030-01-01',
  planInput: { firstHandoverDate: '2030-04-01', centralizedDays: 3, timeZone: 'Asia/Shanghai' },
};

const base = (): HandoverProjectState => {
  const state = initialState(input, '2030-01-01T00:00:00.000Z');
  state.milestones[0].status = 'open';
  return state;
};

describe('stateChangeNotices', () => {
  it("tells the signers of each gate open at a new project's launch, and nothing more", () => {
    const state = base();
    const open = state.milestones.filter((m) => m.status === 'open');
    expect(open.length).toBeGreaterThan(0);
    expect(stateChangeNotices(null, state).map((n) => [n.kind, n.key, n.audience])).toEqual(
      open.map((m) => [
        'approval_waiting',
        `waiting:${m.key}:${m.dueDate}:0`,
        { kind: 'signers', milestoneKey: m.key },
      ]),
    );
    expect(open.length).toBeLessThan(state.milestones.length);
  });

  it('finds nothing when nothing changed: a retried mirror emits the same keys only once', () => {
    expect(stateChangeNotices(base(), base())).toEqual([]);
  });

  it('tells the lead of a rejection, and the signers when the gate reopens for rework', () => {
    const before = base();
    const after = structuredClone(before);
    after.milestones[0].status = 'rework';
    after.milestones[0].rejections.push({
      party: 'engineering',
      userId: 'e1',
      at: '2030-01-05T02:00:00Z',
      reason: '渗漏',
    });
    const notices = stateChangeNotices(before, after);
    expect(notices.map((n) => [n.kind, n.notice.code, n.audience])).toEqual([
      ['approval_waiting', 'APPROVAL_WAITING', { kind: 'signers', milestoneKey: 'riskSelfCheck' }],
      ['decision_made', 'GATE_REJECTED', { kind: 'user', userId: 'lead-1' }],
    ]);
    expect(notices[0].notice.params).toMatchObject({ rework: 1 });
    expect(notices[1].notice.params).toMatchObject({ party: 'engineering', reason: '渗漏' });
  });

  it("tells whoever asked of HQ's decision on a postponement, and the lead of the decision on a date at risk", () => {
    const before = base();
    before.postponements.push({
      id: 'pp1',
      requestedBy: 'lead-1',
      requestedAt: '2030-01-02T00:00:00Z',
      newFirstHandoverDate: '2030-04-15',
      reason: '移交延误',
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
    });
    before.atRiskDecision = {
      openedAt: '2030-03-13T00:00:00Z',
      status: 'pending',
      decidedBy: null,
      decidedAt: null,
      note: null,
    };
    const after = structuredClone(before);
    after.postponements[0] = { ...after.postponements[0], status: 'approved', decidedBy: 'hq-1', decisionNote: '同意' };
    after.atRiskDecision = { ...after.atRiskDecision!, status: 'proceeded', note: '移交已完成' };
    expect(stateChangeNotices(before, after).map((n) => [n.key, n.audience, n.notice.params])).toEqual([
      [
        'postponement:pp1:approved',
        { kind: 'user', userId: 'lead-1' },
        { projectName: '滨江壹号', decision: 'approved', newFirstHandoverDate: '2030-04-15', note: '同意' },
      ],
      [
        'at-risk:2030-03-13T00:00:00Z:proceeded',
        { kind: 'user', userId: 'lead-1' },
        { projectName: '滨江壹号', decision: 'proceeded', note: '移交已完成' },
      ],
    ]);
  });
});
