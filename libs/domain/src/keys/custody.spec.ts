import { assertCanHandOverUnit, assertCanMove, assertCanMoveAll, custodyOf } from './assert-can-move';
import {
  allowedKeyActions,
  KEY_ACTIONS,
  KEY_CUSTODY_HOLDER,
  KEY_CUSTODY_STATES,
  KEY_CUSTODY_TRANSITIONS,
  nextCustody,
} from './custody';
import type { KeyAction, KeyCustodyFacts, KeyCustodyState, KeyMove } from './custody';
import {
  EntrustedKeyOnLoanError,
  EntrustmentLetterMismatchError,
  InconsistentKeyCustodyError,
  KeyAlreadyOnLoanError,
  KeyCustodyError,
  KeyNotHeldError,
  KeyNotOnLoanError,
  KeysNotHeldError,
  NoOpenEntrustmentError,
  UnitHasNoKeysError,
} from './errors';

const LETTER = 'WT-0001';

/** A key in each custody state, as the ledger would store it. */
const KEY_IN: Record<KeyCustodyState, KeyCustodyFacts> = {
  with_contractor: { label: 'K', holder: 'contractor', loan: null, entrustment: null },
  with_property: { label: 'K', holder: 'property', loan: null, entrustment: null },
  on_loan: { label: 'K', holder: 'contractor', loan: { borrower: '总包 王师傅' }, entrustment: null },
  with_owner: { label: 'K', holder: 'owner', loan: null, entrustment: null },
  entrusted: { label: 'K', holder: 'property', loan: null, entrustment: { letterNo: LETTER } },
  entrusted_on_loan: {
    label: 'K',
    holder: 'contractor',
    loan: { borrower: '维修班 孙师傅' },
    entrustment: { letterNo: LETTER },
  },
};

type Refusal = abstract new (...args: never[]) => KeyCustodyError;

/** Every (state, action) pair: the next state, or the refusal (the entrustment letter presented is the right one). */
const TABLE: Record<KeyCustodyState, Record<KeyAction, KeyCustodyState | Refusal>> = {
  with_contractor: {
    transfer: 'with_property',
    lend: KeyNotHeldError,
    return_loan: KeyNotOnLoanError,
    entrust: KeyNotHeldError,
    return_entrusted: NoOpenEntrustmentError,
    hand_over: KeysNotHeldError,
  },
  with_property: {
    transfer: KeysNotHeldError,
    lend: 'on_loan',
    return_loan: KeyNotOnLoanError,
    entrust: KeyNotHeldError,
    return_entrusted: NoOpenEntrustmentError,
    hand_over: 'with_owner',
  },
  on_loan: {
    transfer: KeysNotHeldError,
    lend: KeyAlreadyOnLoanError,
    return_loan: 'with_property',
    entrust: KeyNotHeldError,
    return_entrusted: NoOpenEntrustmentError,
    hand_over: KeysNotHeldError,
  },
  with_owner: {
    transfer: KeysNotHeldError,
    lend: KeyNotHeldError,
    return_loan: KeyNotOnLoanError,
    entrust: 'entrusted',
    return_entrusted: NoOpenEntrustmentError,
    hand_over: KeysNotHeldError,
  },
  entrusted: {
    transfer: KeysNotHeldError,
    lend: 'entrusted_on_loan',
    return_loan: KeyNotOnLoanError,
    entrust: KeyNotHeldError,
    return_entrusted: 'with_owner',
    hand_over: KeysNotHeldError,
  },
  entrusted_on_loan: {
    transfer: KeysNotHeldError,
    lend: KeyAlreadyOnLoanError,
    return_loan: 'entrusted',
    entrust: KeyNotHeldError,
    return_entrusted: EntrustedKeyOnLoanError,
    hand_over: KeysNotHeldError,
  },
};

/** The key's records after the move, as the ledger writes them. */
function afterMove(key: KeyCustodyFacts, move: KeyMove): KeyCustodyFacts {
  const record = <T>(kind: 'loan' | 'entrustment', current: T | null, opened: T): T | null =>
    move.opens === kind ? opened : move.closes === kind ? null : current;
  return {
    ...key,
    holder: move.to,
    loan: record('loan', key.loan, { borrower: 'B' }),
    entrustment: record('entrustment', key.entrustment, { letterNo: 'WT-0002' }),
  };
}

function refusalOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('key custody transition table', () => {
  const pairs = KEY_CUSTODY_STATES.flatMap((state) => KEY_ACTIONS.map((action) => [state, action] as const));

  it('covers every (state, action) pair', () => {
    expect(pairs).toHaveLength(36);
    expect(Object.keys(TABLE)).toEqual([...KEY_CUSTODY_STATES]);
  });

  it.each(pairs)('%s + %s', (state, action) => {
    const expected = TABLE[state][action];
    const key = KEY_IN[state];
    expect(custodyOf(key)).toBe(state);
    if (typeof expected === 'string') {
      expect(nextCustody(state, action)).toBe(expected);
      const move = assertCanMove(key, action, { letterNo: LETTER });
      expect(move.action).toBe(action);
      expect(move.from).toBe(KEY_CUSTODY_HOLDER[state]);
      expect(move.to).toBe(KEY_CUSTODY_HOLDER[expected]);
      expect(custodyOf(afterMove(key, move))).toBe(expected);
    } else {
      expect(nextCustody(state, action)).toBeNull();
      const error = refusalOf(() => assertCanMove(key, action, { letterNo: LETTER }));
      expect(error).toBeInstanceOf(expected);
      expect(error).toBeInstanceOf(KeyCustodyError);
      expect(error).toMatchObject({ action });
    }
  });

  it('lists the allowed actions of each state', () => {
    expect(allowedKeyActions('with_contractor')).toEqual(['transfer']);
    expect(allowedKeyActions('with_property')).toEqual(['lend', 'hand_over']);
    expect(allowedKeyActions('on_loan')).toEqual(['return_loan']);
    expect(allowedKeyActions('with_owner')).toEqual(['entrust']);
    expect(allowedKeyActions('entrusted')).toEqual(['lend', 'return_entrusted']);
    expect(allowedKeyActions('entrusted_on_loan')).toEqual(['return_loan']);
    for (const state of KEY_CUSTODY_STATES) {
      expect(Object.keys(KEY_CUSTODY_TRANSITIONS[state])).toEqual(allowedKeyActions(state));
    }
  });
});

describe('key custody refusals', () => {
  it('says who holds a key that cannot be lent, and to whom a lent key is out', () => {
    expect(() => assertCanMove(KEY_IN.with_contractor, 'lend')).toThrow(
      'Key K is with the general contractor (总包); only keys held by the property company can be lent.',
    );
    expect(() => assertCanMove(KEY_IN.with_owner, 'lend')).toThrow(
      'Key K is with the owner (业主); only keys held by the property company can be lent.',
    );
    expect(() => assertCanMove(KEY_IN.on_loan, 'lend')).toThrow(
      'Key K is already on loan to 总包 王师傅; it must be returned before it is lent again.',
    );
  });

  it('refuses a return of a key not on loan, an entrustment of a key not with the owner', () => {
    expect(() => assertCanMove(KEY_IN.with_property, 'return_loan')).toThrow(
      'Key K is not on loan; it is with the property company (物业).',
    );
    expect(() => assertCanMove(KEY_IN.with_property, 'entrust')).toThrow(
      "Key K is with the property company (物业); only an owner's key can be entrusted.",
    );
    expect(() => assertCanMove(KEY_IN.entrusted, 'entrust')).toThrow(KeyNotHeldError);
  });

  it('gives an entrusted key back only against its letter, and not while it is lent out', () => {
    expect(() => assertCanMove(KEY_IN.with_owner, 'return_entrusted', { letterNo: LETTER })).toThrow(
      'Key K has no open entrustment letter (钥匙委托书).',
    );
    for (const state of ['entrusted', 'entrusted_on_loan'] as const) {
      const error = refusalOf(() => assertCanMove(KEY_IN[state], 'return_entrusted', { letterNo: 'WT-9999' }));
      expect(error).toBeInstanceOf(EntrustmentLetterMismatchError);
      expect(error).toMatchObject({
        letterNo: LETTER,
        presented: 'WT-9999',
        message: 'Key K was left under entrustment letter WT-0001, not WT-9999.',
      });
    }
    expect(() => assertCanMove(KEY_IN.entrusted_on_loan, 'return_entrusted', { letterNo: LETTER })).toThrow(
      'Key K is on loan; it must be returned to the property company first.',
    );
    expect(() => assertCanMove(KEY_IN.entrusted, 'return_entrusted')).toThrow(RangeError);
  });

  it('refuses a bulk transfer when any key is not with the contractor, naming each', () => {
    const keys = [
      { ...KEY_IN.with_contractor, label: 'A' },
      { ...KEY_IN.with_property, label: 'B' },
      { ...KEY_IN.on_loan, label: 'C' },
    ];
    const error = refusalOf(() => assertCanMoveAll(keys, 'transfer'));
    expect(error).toBeInstanceOf(KeysNotHeldError);
    expect(error).toMatchObject({
      required: 'contractor',
      keys: [
        { label: 'B', state: 'with_property' },
        { label: 'C', state: 'on_loan' },
      ],
      message:
        'some keys are not with the general contractor (总包): B is with the property company (物业); C is on loan to 总包 王师傅.',
    });
    expect(() => assertCanMoveAll([keys[1]], 'transfer')).toThrow(
      'a key is not with the general contractor (总包): B is with the property company (物业).',
    );
    expect(assertCanMoveAll([keys[0], { ...keys[0], label: 'D' }], 'transfer')).toMatchObject({
      from: 'contractor',
      to: 'property',
      movementKind: 'transfer',
    });
  });

  it('hands over a unit only when it has keys and every one is with the property company', () => {
    expect(() => assertCanHandOverUnit('3#-1-1201', [])).toThrow(UnitHasNoKeysError);
    expect(() => assertCanHandOverUnit('3#-1-1201', [])).toThrow(
      'Cannot hand over the keys of 3#-1-1201: the unit has no keys in the key ledger (钥匙台账); register them first.',
    );
    expect(() => assertCanHandOverUnit('3#-1-1201', [KEY_IN.with_property, KEY_IN.on_loan])).toThrow(
      'Cannot hand over the keys of 3#-1-1201: a key is not with the property company (物业): K is with the general contractor (总包).',
    );
    expect(() => assertCanHandOverUnit('3#-1-1201', [KEY_IN.entrusted])).toThrow(
      'Cannot hand over the keys of 3#-1-1201: a key is not with the property company (物业): K is with the property company (物业) under entrustment letter WT-0001 (钥匙委托书).',
    );
    expect(assertCanHandOverUnit('3#-1-1201', [KEY_IN.with_property])).toMatchObject({
      from: 'property',
      to: 'owner',
      movementKind: 'transfer',
    });
  });

  it('refuses records that fit no custody state, and unknown actions', () => {
    const inconsistent: KeyCustodyFacts[] = [
      { ...KEY_IN.with_owner, loan: { borrower: 'B' } },
      { ...KEY_IN.with_owner, entrustment: { letterNo: LETTER } },
      { ...KEY_IN.with_property, loan: { borrower: 'B' } },
      { ...KEY_IN.with_contractor, entrustment: { letterNo: LETTER } },
      { ...KEY_IN.with_contractor, holder: 'lost' as never },
    ];
    for (const key of inconsistent) {
      expect(() => custodyOf(key)).toThrow(InconsistentKeyCustodyError);
      expect(() => assertCanMove(key, 'lend')).toThrow(InconsistentKeyCustodyError);
    }
    expect(() => custodyOf(inconsistent[0])).toThrow(
      'Key K has an inconsistent ledger record: held by owner with an open loan.',
    );
    expect(() => assertCanMove(KEY_IN.with_property, 'steal' as KeyAction)).toThrow('Unknown key action "steal".');
  });
});
