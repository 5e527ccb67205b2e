import { DefectNotAwaitingOwnerError, OwnerReplyRequiredError } from './errors';
import { applyDefectAction, applyOwnerDefectAnswer, DEFECT_STATUSES, OWNER_DEFECT_ANSWER_ACTION } from './lifecycle';
import type { DefectCategory, DefectFacts, DefectStatus } from './lifecycle';

const defect = (status: DefectStatus, category: DefectCategory = 'quality', ownerReplied = false): DefectFacts => ({
  id: 'd-1',
  projectId: 'p-1',
  status,
  category,
  ownerReplied,
});

describe('the owner answering a reported fix', () => {
  it('confirms a fixed defect to verified, as the verification does', () => {
    expect(applyOwnerDefectAnswer(defect('fixed'), 'confirm')).toBe('verified');
    expect(applyOwnerDefectAnswer(defect('fixed'), 'confirm')).toBe(applyDefectAction(defect('fixed'), 'verify'));
  });

  it('refuses a fixed defect back to assigned, the status the company works in, as the reopen does', () => {
    expect(applyOwnerDefectAnswer(defect('fixed'), 'refuse')).toBe('assigned');
    expect(OWNER_DEFECT_ANSWER_ACTION.refuse).toBe('reopen');
  });

  it.each(DEFECT_STATUSES.filter((status) => status !== 'fixed'))('refuses both answers on a %s defect', (status) => {
    for (const answer of ['confirm', 'refuse'] as const) {
      expect(() => applyOwnerDefectAnswer(defect(status), answer)).toThrow(DefectNotAwaitingOwnerError);
    }
  });

  it('keeps the non-quality rule: no closing before the reply to the owner', () => {
    expect(() => applyOwnerDefectAnswer(defect('fixed', 'non_quality', false), 'confirm')).toThrow(
      OwnerReplyRequiredError,
    );
    expect(applyOwnerDefectAnswer(defect('fixed', 'non_quality', true), 'confirm')).toBe('verified');
    expect(applyOwnerDefectAnswer(defect('fixed', 'non_quality', false), 'refuse')).toBe('assigned');
  });

  it('rejects an unknown answer', () => {
    expect(() => applyOwnerDefectAnswer(defect('fixed'), 'maybe' as never)).toThrow(RangeError);
  });
});
