import {
  ComplaintNotAcceptedError,
  ComplaintStatusTransitionError,
  ComplaintTransitionError,
  ReplyDeadlineFixedError,
} from './errors';
import {
  applyComplaintAction,
  COMPLAINT_ACTIONS,
  COMPLAINT_REPLY_PENDING,
  COMPLAINT_STATUSES,
  COMPLAINT_TRANSITIONS,
  isReplyPending,
} from './lifecycle';
import type { ComplaintAction, ComplaintStatus } from './lifecycle';

type Refusal = abstract new (...args: never[]) => ComplaintTransitionError;

const ILLEGAL = ComplaintStatusTransitionError;

/** Every (status, action) pair: the status after it, or the refusal. */
const TABLE: Record<ComplaintStatus, Record<ComplaintAction, ComplaintStatus | Refusal>> = {
  received: {
    accept: 'accepted',
    investigate: ILLEGAL,
    determine_responsibility: ILLEGAL,
    reply: ILLEGAL,
    change_reply_deadline: ReplyDeadlineFixedError,
    follow_up: ComplaintNotAcceptedError,
  },
  accepted: {
    accept: ILLEGAL,
    investigate: 'investigating',
    determine_responsibility: ILLEGAL,
    reply: ILLEGAL,
    change_reply_deadline: 'accepted',
    follow_up: 'accepted',
  },
  investigating: {
    accept: ILLEGAL,
    investigate: 'investigating',
    determine_responsibility: 'responsibility_determined',
    reply: ILLEGAL,
    change_reply_deadline: 'investigating',
    follow_up: 'investigating',
  },
  responsibility_determined: {
    accept: ILLEGAL,
    investigate: ILLEGAL,
    determine_responsibility: ILLEGAL,
    reply: 'replied',
    change_reply_deadline: 'responsibility_determined',
    follow_up: 'responsibility_determined',
  },
  replied: {
    accept: ILLEGAL,
    investigate: ILLEGAL,
    determine_responsibility: ILLEGAL,
    reply: ILLEGAL,
    change_reply_deadline: ReplyDeadlineFixedError,
    follow_up: 'replied',
  },
};

function outcome(status: ComplaintStatus, action: ComplaintAction): ComplaintStatus | unknown {
  try {
    return applyComplaintAction({ id: 'c1', status }, action);
  } catch (error) {
    return error;
  }
}

describe('complaint lifecycle transition table', () => {
  const pairs = COMPLAINT_STATUSES.flatMap((status) => COMPLAINT_ACTIONS.map((action) => [status, action] as const));

  it('covers every (status, action) pair', () => {
    expect(pairs).toHaveLength(30);
  });

  it.each(pairs)('%s + %s', (status, action) => {
    const expected = TABLE[status][action];
    const result = outcome(status, action);
    if (typeof expected === 'string') {
      expect(result).toBe(expected);
    } else {
      expect(result).toBeInstanceOf(expected);
      expect(result).toMatchObject({ complaintId: 'c1', status, action });
    }
  });

  it('allows exactly the status changes the transitions list', () => {
    for (const from of COMPLAINT_STATUSES) {
      const reached = (['accept', 'investigate', 'determine_responsibility', 'reply'] as const)
        .map((action) => outcome(from, action))
        .filter((next): next is ComplaintStatus => typeof next === 'string');
      expect(reached).toEqual(COMPLAINT_TRANSITIONS[from]);
    }
  });

  it('runs the reply time from acceptance until the reply', () => {
    expect(COMPLAINT_STATUSES.filter(isReplyPending)).toEqual([...COMPLAINT_REPLY_PENDING]);
    expect(isReplyPending('received')).toBe(false);
    expect(isReplyPending('replied')).toBe(false);
  });
});

describe('complaint refusals', () => {
  it('names what may follow, or says the complaint has been replied to', () => {
    expect(() => applyComplaintAction({ id: 'c1', status: 'received' }, 'reply')).toThrow(
      'Complaint c1 is received and cannot become replied; allowed next: accepted.',
    );
    expect(() => applyComplaintAction({ id: 'c1', status: 'replied' }, 'investigate')).toThrow(
      'Complaint c1 is replied and cannot become investigating; it has been replied to, nothing may follow.',
    );
  });

  it('moves the reply time only while a reply is pending, names a follow-up owner only after acceptance', () => {
    expect(() => applyComplaintAction({ id: 'c1', status: 'replied' }, 'change_reply_deadline')).toThrow(
      'Complaint c1 is replied; the reply deadline can be changed only while a reply is pending.',
    );
    expect(() => applyComplaintAction({ id: 'c1', status: 'received' }, 'follow_up')).toThrow(
      'Complaint c1 is not accepted yet; accept it before naming a follow-up owner.',
    );
  });

  it('rejects unknown statuses and actions', () => {
    expect(() => applyComplaintAction({ id: 'c1', status: 'lost' as ComplaintStatus }, 'reply')).toThrow(
      'Unknown complaint status "lost".',
    );
    expect(() => applyComplaintAction({ id: 'c1', status: 'received' }, 'ignore' as ComplaintAction)).toThrow(
      'Unknown complaint action "ignore".',
    );
  });
});
