import {
  DefectNotDeferrableError,
  DefectStatusTransitionError,
  DefectTransitionError,
  OwnerReplyRequiredError,
} from './errors';
import {
  applyDefectAction,
  canMoveDefect,
  DEFECT_ACTIONS,
  DEFECT_STATUSES,
  DEFECT_TRANSITIONS,
  isDefectOverdue,
} from './lifecycle';
import type { DefectAction, DefectCategory, DefectFacts, DefectStatus } from './lifecycle';

type Refusal = abstract new (...args: never[]) => DefectTransitionError;
type Table = Record<DefectStatus, Record<DefectAction, DefectStatus | Refusal>>;

const ILLEGAL = DefectStatusTransitionError;
const NOT_DEFERRABLE = DefectNotDeferrableError;

/** A quality defect (质量问题), or a non-quality item whose owner has had a reply: every (status, action) pair. */
const QUALITY: Table = {
  open: {
    assign: 'assigned',
    fix: 'fixed',
    verify: ILLEGAL,
    cannot_fix: 'cannot_fix',
    reply_to_owner: 'open',
    defer: 'open',
    accept: ILLEGAL,
    dispute: ILLEGAL,
    reject_dispute: ILLEGAL,
    uphold_dispute: ILLEGAL,
    reopen: ILLEGAL,
  },
  assigned: {
    assign: 'assigned',
    fix: 'fixed',
    verify: ILLEGAL,
    cannot_fix: 'cannot_fix',
    reply_to_owner: 'assigned',
    defer: 'assigned',
    accept: 'assigned',
    dispute: 'disputed',
    reject_dispute: ILLEGAL,
    uphold_dispute: ILLEGAL,
    reopen: ILLEGAL,
  },
  fixed: {
    assign: 'assigned',
    fix: ILLEGAL,
    verify: 'verified',
    cannot_fix: ILLEGAL,
    reply_to_owner: 'fixed',
    defer: 'fixed',
    accept: ILLEGAL,
    dispute: ILLEGAL,
    reject_dispute: ILLEGAL,
    uphold_dispute: ILLEGAL,
    reopen: 'assigned',
  },
  verified: {
    assign: ILLEGAL,
    fix: ILLEGAL,
    verify: ILLEGAL,
    cannot_fix: ILLEGAL,
    reply_to_owner: 'verified',
    defer: NOT_DEFERRABLE,
    accept: ILLEGAL,
    dispute: ILLEGAL,
    reject_dispute: ILLEGAL,
    uphold_dispute: ILLEGAL,
    reopen: ILLEGAL,
  },
  cannot_fix: {
    assign: ILLEGAL,
    fix: ILLEGAL,
    verify: ILLEGAL,
    cannot_fix: ILLEGAL,
    reply_to_owner: 'cannot_fix',
    defer: NOT_DEFERRABLE,
    accept: ILLEGAL,
    dispute: ILLEGAL,
    reject_dispute: ILLEGAL,
    uphold_dispute: ILLEGAL,
    reopen: ILLEGAL,
  },
  disputed: {
    assign: 'assigned',
    fix: ILLEGAL,
    verify: ILLEGAL,
    cannot_fix: ILLEGAL,
    reply_to_owner: 'disputed',
    defer: 'disputed',
    accept: ILLEGAL,
    dispute: ILLEGAL,
    reject_dispute: 'assigned',
    uphold_dispute: 'dismissed',
    reopen: ILLEGAL,
  },
  dismissed: {
    assign: ILLEGAL,
    fix: ILLEGAL,
    verify: ILLEGAL,
    cannot_fix: ILLEGAL,
    reply_to_owner: 'dismissed',
    defer: NOT_DEFERRABLE,
    accept: ILLEGAL,
    dispute: ILLEGAL,
    reject_dispute: ILLEGAL,
    uphold_dispute: ILLEGAL,
    reopen: ILLEGAL,
  },
};

/** A non-quality item (非质量问题) the owner has not had a reply to: it cannot be closed yet. */
const NON_QUALITY_AWAITING_REPLY: Table = {
  ...QUALITY,
  open: { ...QUALITY.open, cannot_fix: OwnerReplyRequiredError },
  assigned: { ...QUALITY.assigned, cannot_fix: OwnerReplyRequiredError },
  fixed: { ...QUALITY.fixed, verify: OwnerReplyRequiredError },
  disputed: { ...QUALITY.disputed, uphold_dispute: OwnerReplyRequiredError },
};

function defect(status: DefectStatus, category: DefectCategory, ownerReplied: boolean): DefectFacts {
  return { id: 'd1', projectId: 'p1', status, category, ownerReplied };
}

function outcome(facts: DefectFacts, action: DefectAction): DefectStatus | unknown {
  try {
    return applyDefectAction(facts, action);
  } catch (error) {
    return error;
  }
}

describe('defect lifecycle transition table', () => {
  const pairs = DEFECT_STATUSES.flatMap((status) => DEFECT_ACTIONS.map((action) => [status, action] as const));

  it('covers every (status, action) pair', () => {
    expect(pairs).toHaveLength(7 * 11);
  });

  describe.each<[string, DefectCategory, boolean, Table]>([
    ['quality defect', 'quality', false, QUALITY],
    ['quality defect after a reply', 'quality', true, QUALITY],
    ['non-quality item after the reply', 'non_quality', true, QUALITY],
    ['non-quality item awaiting the reply', 'non_quality', false, NON_QUALITY_AWAITING_REPLY],
  ])('%s', (_name, category, ownerReplied, table) => {
    it.each(pairs)('%s + %s', (status, action) => {
      const expected = table[status][action];
      const result = outcome(defect(status, category, ownerReplied), action);
      if (typeof expected === 'string') {
        expect(result).toBe(expected);
        if (expected !== status || action === 'assign') expect(canMoveDefect(status, expected)).toBe(true);
      } else {
        expect(result).toBeInstanceOf(expected);
        expect(result).toMatchObject({ defectId: 'd1', status, action });
      }
    });
  });

  it('allows exactly the status changes the table lists', () => {
    for (const from of DEFECT_STATUSES) {
      const reached = DEFECT_ACTIONS.map((action) => outcome(defect(from, 'quality', true), action)).filter(
        (next): next is DefectStatus => typeof next === 'string' && (next !== from || from === 'assigned'),
      );
      expect([...new Set(reached)].sort()).toEqual([...DEFECT_TRANSITIONS[from]].sort());
    }
  });
});

describe('defect refusals', () => {
  it('names the allowed next statuses, or says the defect is closed', () => {
    expect(() => applyDefectAction(defect('open', 'quality', false), 'verify')).toThrow(
      'Defect d1 is open and cannot become verified; allowed next: assigned, fixed, cannot_fix.',
    );
    expect(() => applyDefectAction(defect('verified', 'quality', false), 'assign')).toThrow(
      'Defect d1 is verified and cannot become assigned; it is closed, nothing may follow.',
    );
  });

  it('checks the status before the owner reply', () => {
    expect(outcome(defect('open', 'non_quality', false), 'verify')).toBeInstanceOf(DefectStatusTransitionError);
    expect(() => applyDefectAction(defect('fixed', 'non_quality', false), 'verify')).toThrow(
      'Defect d1 is a non-quality item: reply to the owner first (POST /projects/p1/defects/d1/reply-to-owner), then close it.',
    );
  });

  it('defers only a defect not yet resolved', () => {
    expect(() => applyDefectAction(defect('cannot_fix', 'quality', false), 'defer')).toThrow(
      'Defect d1 is cannot_fix; only an open, assigned, fixed or disputed defect can be deferred.',
    );
  });

  it('rejects unknown statuses and actions', () => {
    expect(() => applyDefectAction(defect('lost' as DefectStatus, 'quality', false), 'fix')).toThrow(
      'Unknown defect status "lost".',
    );
    expect(() => applyDefectAction(defect('open', 'quality', false), 'burn' as DefectAction)).toThrow(
      'Unknown defect action "burn".',
    );
    expect(canMoveDefect('lost' as DefectStatus, 'open')).toBe(false);
  });
});

describe('isDefectOverdue', () => {
  const at = (status: DefectStatus, deadline: string | null, deferredUntil: string | null = null) => ({
    status,
    deadline,
    deferredUntil,
  });

  it('is overdue while still to fix and past its deadline', () => {
    expect(isDefectOverdue(at('open', '2027-03-01'), '2027-03-02')).toBe(true);
    expect(isDefectOverdue(at('assigned', '2027-03-01'), '2027-03-02')).toBe(true);
    expect(isDefectOverdue(at('assigned', '2027-03-02'), '2027-03-02')).toBe(false);
    expect(isDefectOverdue(at('open', null), '2027-03-02')).toBe(false);
  });

  it('is never overdue once fixed or closed', () => {
    for (const status of ['fixed', 'verified', 'cannot_fix'] as const) {
      expect(isDefectOverdue(at(status, '2027-03-01'), '2027-03-02')).toBe(false);
    }
  });

  it('runs to the deferred completion date instead of the deadline', () => {
    expect(isDefectOverdue(at('open', '2027-03-01', '2027-04-01'), '2027-03-02')).toBe(false);
    expect(isDefectOverdue(at('open', '2027-03-01', '2027-04-01'), '2027-04-02')).toBe(true);
    expect(isDefectOverdue(at('open', null, '2027-04-01'), '2027-04-02')).toBe(true);
  });
});
