import { KEY_CUSTODY_HOLDER } from './custody';
import type { KeyAction, KeyCustodyFacts, KeyCustodyState, KeyHolder } from './custody';

const HOLDER_PHRASE: Record<KeyHolder, string> = {
  contractor: 'with the general contractor (总包)',
  property: 'with the property company (物业)',
  owner: 'with the owner (业主)',
};

/** 'with the property company (物业)' */
export function holderPhrase(holder: KeyHolder): string {
  return HOLDER_PHRASE[holder] ?? `with ${String(holder)}`;
}

/** Base class of every refused key move. */
export abstract class KeyCustodyError extends Error {
  protected constructor(
    message: string,
    readonly action: KeyAction,
  ) {
    super(message);
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
    const list = refused.map(({ key, state }) => `${key.label} is ${whereItIs(key, state, required)}`).join('; ');
    const reason = `${refused.length === 1 ? 'a key is' : 'some keys are'} not ${holderPhrase(required)}: ${list}.`;
    super(unitLabel === undefined ? reason : `Cannot hand over the keys of ${unitLabel}: ${reason}`, action);
    this.keys = refused.map(({ key, state }) => ({ label: key.label, state }));
  }
}

/** Where a refused key is: its holder, or, when it is with the required holder after all, what keeps it there. */
function whereItIs(key: KeyCustodyFacts, state: KeyCustodyState, required: KeyHolder): string {
  if (KEY_CUSTODY_HOLDER[state] !== required) return holderPhrase(key.holder);
  if (state === 'entrusted') {
    return `${holderPhrase(key.holder)} under entrustment letter ${key.entrustment?.letterNo} (钥匙委托书)`;
  }
  return `on loan to ${key.loan?.borrower}`;
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
    const only =
      action === 'lend' ? 'only keys held by the property company can be lent' : "only an owner's key can be entrusted";
    super(`Key ${label} is ${holderPhrase(holder)}; ${only}.`, action);
  }
}

/** A second loan of a key that is out on loan. */
export class KeyAlreadyOnLoanError extends KeyCustodyError {
  override readonly name = 'KeyAlreadyOnLoanError';

  constructor(
    readonly label: string,
    readonly borrower: string | null,
  ) {
    super(`Key ${label} is already on loan to ${borrower}; it must be returned before it is lent again.`, 'lend');
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
    super(`Key ${label} is not on loan; it is ${holderPhrase(holder)}.`, 'return_loan');
  }
}

/** A return to the owner of a key that was never entrusted (or already went back). */
export class NoOpenEntrustmentError extends KeyCustodyError {
  override readonly name = 'NoOpenEntrustmentError';

  constructor(readonly label: string) {
    super(`Key ${label} has no open entrustment letter (钥匙委托书).`, 'return_entrusted');
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
    super(`Key ${label} was left under entrustment letter ${letterNo}, not ${presented}.`, 'return_entrusted');
  }
}

/** The entrusted key is lent out (to the repair crew): it must come back before it goes to the owner. */
export class EntrustedKeyOnLoanError extends KeyCustodyError {
  override readonly name = 'EntrustedKeyOnLoanError';

  constructor(readonly label: string) {
    super(`Key ${label} is on loan; it must be returned to the property company first.`, 'return_entrusted');
  }
}

/** A unit handover with no keys in the ledger for the unit. */
export class UnitHasNoKeysError extends KeyCustodyError {
  override readonly name = 'UnitHasNoKeysError';

  constructor(readonly unitLabel: string) {
    super(
      `Cannot hand over the keys of ${unitLabel}: the unit has no keys in the key ledger (钥匙台账); register them first.`,
      'hand_over',
    );
  }
}

/** The stored holder and open records match no custody state (e.g. an owner's key with an open loan). */
export class InconsistentKeyCustodyError extends Error {
  override readonly name = 'InconsistentKeyCustodyError';

  constructor(readonly facts: KeyCustodyFacts) {
    const open = [facts.loan ? 'an open loan' : null, facts.entrustment ? 'an open entrustment letter' : null]
      .filter((record) => record !== null)
      .join(' and ');
    super(
      `Key ${facts.label} has an inconsistent ledger record: held by ${String(facts.holder)}${open ? ` with ${open}` : ''}.`,
    );
  }
}
