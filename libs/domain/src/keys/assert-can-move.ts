import { isKeyAction, KEY_MOVES, nextCustody } from './custody';
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

/** The key's custody state; {@link InconsistentKeyCustodyError} when its records fit none. */
export function custodyOf(key: KeyCustodyFacts): KeyCustodyState {
  const loan = key.loan !== null;
  const entrustment = key.entrustment !== null;
  switch (key.holder) {
    case 'contractor':
      if (loan) return entrustment ? 'entrusted_on_loan' : 'on_loan';
      if (!entrustment) return 'with_contractor';
      break;
    case 'property':
      if (!loan) return entrustment ? 'entrusted' : 'with_property';
      break;
    case 'owner':
      if (!loan && !entrustment) return 'with_owner';
      break;
  }
  throw new InconsistentKeyCustodyError(key);
}

/** What the holder of an entrustment letter presents to take the key back. */
export interface EntrustmentReturnRequest {
  readonly letterNo: string;
}

/**
 * Checks one key's move and returns what it does to the ledger; throws a {@link KeyCustodyError} naming why not:
 * - transfer (钥匙移交) and hand-over (钥匙交接): {@link KeysNotHeldError};
 * - lend (钥匙借用): {@link KeyAlreadyOnLoanError}, or {@link KeyNotHeldError} when not with the property company;
 * - return of a loan: {@link KeyNotOnLoanError};
 * - entrust (钥匙委托书): {@link KeyNotHeldError} when not with the owner;
 * - return of an entrusted key: {@link NoOpenEntrustmentError}, {@link EntrustmentLetterMismatchError} (checked
 *   first), {@link EntrustedKeyOnLoanError}.
 */
export function assertCanMove(key: KeyCustodyFacts, action: KeyAction, request?: EntrustmentReturnRequest): KeyMove {
  if (!isKeyAction(action)) throw new RangeError(`Unknown key action ${JSON.stringify(action) ?? String(action)}.`);
  const state = custodyOf(key);
  if (action === 'return_entrusted' && key.entrustment !== null) {
    if (request === undefined) throw new RangeError('Returning an entrusted key needs the entrustment letter number.');
    if (request.letterNo !== key.entrustment.letterNo) {
      throw new EntrustmentLetterMismatchError(key.label, key.entrustment.letterNo, request.letterNo);
    }
  }
  if (nextCustody(state, action) === null) throw refusal(key, state, action);
  return KEY_MOVES[action];
}

/** The actions done on many keys at once: all or nothing. */
export type BulkKeyAction = 'transfer' | 'hand_over';

/** Checks a bulk move (every key must be able to move, else {@link KeysNotHeldError} lists those that cannot). */
export function assertCanMoveAll(keys: readonly KeyCustodyFacts[], action: BulkKeyAction): KeyMove {
  return checkAll(keys, action);
}

/**
 * 钥匙交接 of a unit: every key of the unit in the ledger goes from the property company to the owner;
 * {@link UnitHasNoKeysError} when the ledger has none, {@link KeysNotHeldError} when one of them is elsewhere.
 */
export function assertCanHandOverUnit(unitLabel: string, keys: readonly KeyCustodyFacts[]): KeyMove {
  if (keys.length === 0) throw new UnitHasNoKeysError(unitLabel);
  return checkAll(keys, 'hand_over', unitLabel);
}

function checkAll(keys: readonly KeyCustodyFacts[], action: BulkKeyAction, unitLabel?: string): KeyMove {
  const refused = keys
    .map((key) => ({ key, state: custodyOf(key) }))
    .filter(({ state }) => nextCustody(state, action) === null);
  if (refused.length > 0) throw new KeysNotHeldError(action, KEY_MOVES[action].from, refused, unitLabel);
  return KEY_MOVES[action];
}

function refusal(key: KeyCustodyFacts, state: KeyCustodyState, action: KeyAction): KeyCustodyError {
  switch (action) {
    case 'transfer':
    case 'hand_over':
      return new KeysNotHeldError(action, KEY_MOVES[action].from, [{ key, state }]);
    case 'lend':
      return state === 'on_loan' || state === 'entrusted_on_loan'
        ? new KeyAlreadyOnLoanError(key.label, key.loan?.borrower ?? null)
        : new KeyNotHeldError('lend', key.label, state, key.holder);
    case 'return_loan':
      return new KeyNotOnLoanError(key.label, state, key.holder);
    case 'entrust':
      return new KeyNotHeldError('entrust', key.label, state, key.holder);
    case 'return_entrusted':
      return state === 'entrusted_on_loan'
        ? new EntrustedKeyOnLoanError(key.label)
        : new NoOpenEntrustmentError(key.label);
  }
}
