import type { ErrorParams } from '../errors/error-messages';
import type { KeyAction, KeyCustodyFacts, KeyCustodyState, KeyHolder } from './custody';
import { holderPhrase, KEY_ERROR_MESSAGES, type KeyErrorCode } from './error-messages';

export { holderPhrase };

/**
 * Base class of every refused key move: a stable `code` with its `params`; the message is the English sentence of
 * the code (KEY_ERROR_MESSAGES), the API renders the caller's language.
 */
export abstract class KeyCustodyError extends Error {
  protected constructor(
    readonly code: KeyErrorCode,
    readonly params: ErrorParams,
    readonly action: KeyAction,
  ) {
    super(KEY_ERROR_MESSAGES[code].en(params));
  }
}

/** A key refused in a bulk move, with where it stands. */
export interface RefusedKey {
  readonly label: string;
  readonly state: KeyCustodyState;
}

/**
 * Keys of a move that starts from `required` (the transfer from the contractor, the hand-over from the property
 * company) are elsewhere; the whole batch is refused. With `unitLabel`, the refusal of a unit's key handover.
 */
export class KeysNotHeldError extends KeyCustodyError {
  override readonly name = 'KeysNotHeldError';
  readonly keys: readonly RefusedKey[];

  constructor(
    action: KeyAction,
    readonly required: KeyHolder,
    refused: readonly { key: KeyCustodyFacts; state: KeyCustodyState }[],
    readonly unitLabel?: string,
  ) {
    const params: ErrorParams = { action, required, count: refused.length };
    if (unitLabel !== undefined) params.unit = unitLabel;
    refused.forEach(({ key, state }, index) => {
      const n = index + 1;
      Object.assign(params, { [`key${n}`]: key.label, [`holder${n}`]: key.holder, [`state${n}`]: state });
      if (key.entrustment) params[`letterNo${n}`] = `${key.entrustment.letterNo}`;
      if (key.loan) params[`borrower${n}`] = `${key.loan.borrower}`;
    });
    super('KEYS_NOT_HELD', params, action);
    this.keys = refused.map(({ key, state }) => ({ label: key.label, state }));
  }
}

/** A loan or entrustment of a key that is not where the action needs it (lend: the property company; entrust: the owner). */
export class KeyNotHeldError extends KeyCustodyError {
  override readonly name = 'KeyNotHeldError';

  constructor(
    action: 'lend' | 'entrust',
    readonly label: string,
    readonly state: KeyCustodyState,
    holder: KeyHolder,
  ) {
    super('KEY_NOT_HELD', { action, key: label, state, holder }, action);
  }
}

/** A second loan of a key that is out on loan. */
export class KeyAlreadyOnLoanError extends KeyCustodyError {
  override readonly name = 'KeyAlreadyOnLoanError';

  constructor(
    readonly label: string,
    readonly borrower: string | null,
  ) {
    super('KEY_ALREADY_ON_LOAN', { key: label, borrower: `${borrower}` }, 'lend');
  }
}

/** A return of a key that has no open loan. */
export class KeyNotOnLoanError extends KeyCustodyError {
  override readonly name = 'KeyNotOnLoanError';

  constructor(
    readonly label: string,
    readonly state: KeyCustodyState,
    holder: KeyHolder,
  ) {
    super('KEY_NOT_ON_LOAN', { key: label, state, holder }, 'return_loan');
  }
}

/** A return to the owner of a key that was never entrusted (or already went back). */
export class NoOpenEntrustmentError extends KeyCustodyError {
  override readonly name = 'NoOpenEntrustmentError';

  constructor(readonly label: string) {
    super('KEY_NO_OPEN_ENTRUSTMENT', { key: label }, 'return_entrusted');
  }
}

/** The entrusted key goes back only against the letter it was left under. */
export class EntrustmentLetterMismatchError extends KeyCustodyError {
  override readonly name = 'EntrustmentLetterMismatchError';

  constructor(
    readonly label: string,
    readonly letterNo: string | null,
    readonly presented: string,
  ) {
    super('KEY_ENTRUSTMENT_LETTER_MISMATCH', { key: label, letterNo: `${letterNo}`, presented }, 'return_entrusted');
  }
}

/** The entrusted key is lent out (to the repair crew): it must come back before it goes to the owner. */
export class EntrustedKeyOnLoanError extends KeyCustodyError {
  override readonly name = 'EntrustedKeyOnLoanError';

  constructor(readonly label: string) {
    super('KEY_ENTRUSTED_ON_LOAN', { key: label }, 'return_entrusted');
  }
}

/** A unit handover with no keys in the ledger for the unit. */
export class UnitHasNoKeysError extends KeyCustodyError {
  override readonly name = 'UnitHasNoKeysError';

  constructor(readonly unitLabel: string) {
    super('UNIT_HAS_NO_KEYS', { unit: unitLabel }, 'hand_over');
  }
}

/** The stored holder and open records match no custody state (e.g. an owner's key with an open loan). */
export class InconsistentKeyCustodyError extends Error {
  override readonly name = 'InconsistentKeyCustodyError';
  readonly code = 'KEY_CUSTODY_INCONSISTENT';
  readonly params: ErrorParams;

  constructor(readonly facts: KeyCustodyFacts) {
    const params = {
      key: facts.label,
      holder: String(facts.holder),
      openLoan: facts.loan ? 1 : 0,
      openEntrustment: facts.entrustment ? 1 : 0,
    };
    super(KEY_ERROR_MESSAGES.KEY_CUSTODY_INCONSISTENT.en(params));
    this.params = params;
  }
}
