/**
 * Key custody (钥匙保管) in the key ledger (钥匙台账): who holds a labelled key and how it may move.
 * 总包 → 物业 at the property transfer (钥匙移交), 物业 → 业主 at the unit handover (钥匙交接); after the transfer a
 * contractor may borrow a key for the day (钥匙借用), and an owner may leave a key with the property company for
 * repairs under an entrustment letter (钥匙委托书).
 */

/** Who physically holds the key, as the ledger stores it: 总包, 物业, 业主. */
export const KEY_HOLDERS = ['contractor', 'property', 'owner'] as const;
export type KeyHolder = (typeof KEY_HOLDERS)[number];

/** The kinds of recorded movement (a hand-over to the owner is recorded as a `transfer` too). */
export const KEY_MOVEMENT_KINDS = ['transfer', 'loan', 'return', 'entrustment', 'entrustment_return'] as const;
export type KeyMovementKind = (typeof KEY_MOVEMENT_KINDS)[number];

/**
 * Where a key stands: its holder together with its open loan and entrustment letter.
 * - `with_contractor`: registered, not yet transferred (总包);
 * - `with_property`: transferred to the property company (物业);
 * - `on_loan`: lent from the property company to a contractor, due back the same day (借出);
 * - `with_owner`: handed over to the owner (业主);
 * - `entrusted`: an owner's key left with the property company under a letter (委托保管);
 * - `entrusted_on_loan`: an entrusted key lent to the repair crew for the day.
 */
export const KEY_CUSTODY_STATES = [
  'with_contractor',
  'with_property',
  'on_loan',
  'with_owner',
  'entrusted',
  'entrusted_on_loan',
] as const;
export type KeyCustodyState = (typeof KEY_CUSTODY_STATES)[number];

/** What can be done with a key. */
export const KEY_ACTIONS = ['transfer', 'lend', 'return_loan', 'entrust', 'return_entrusted', 'hand_over'] as const;
export type KeyAction = (typeof KEY_ACTIONS)[number];

/** The open records a key may have besides its holder. */
export type OpenKeyRecord = 'loan' | 'entrustment';

/** What the ledger knows of a key: its holder, and its open loan and entrustment letter (null when none). */
export interface KeyCustodyFacts {
  readonly label: string;
  readonly holder: KeyHolder;
  readonly loan: { readonly borrower: string | null } | null;
  readonly entrustment: { readonly letterNo: string | null } | null;
}

/** What an allowed action does to the ledger: the holder change, the movement recorded, the record opened or closed. */
export interface KeyMove {
  readonly action: KeyAction;
  readonly from: KeyHolder;
  readonly to: KeyHolder;
  readonly movementKind: KeyMovementKind;
  /** The loan or entrustment this movement starts (its row stays open until the matching return). */
  readonly opens: OpenKeyRecord | null;
  /** The open loan or entrustment this movement ends (marked returned). */
  readonly closes: OpenKeyRecord | null;
}

/** Every action's effect; whether it is allowed depends on the key's state ({@link KEY_CUSTODY_TRANSITIONS}). */
export const KEY_MOVES: Readonly<Record<KeyAction, KeyMove>> = Object.freeze({
  transfer: {
    action: 'transfer',
    from: 'contractor',
    to: 'property',
    movementKind: 'transfer',
    opens: null,
    closes: null,
  },
  lend: { action: 'lend', from: 'property', to: 'contractor', movementKind: 'loan', opens: 'loan', closes: null },
  return_loan: {
    action: 'return_loan',
    from: 'contractor',
    to: 'property',
    movementKind: 'return',
    opens: null,
    closes: 'loan',
  },
  entrust: {
    action: 'entrust',
    from: 'owner',
    to: 'property',
    movementKind: 'entrustment',
    opens: 'entrustment',
    closes: null,
  },
  return_entrusted: {
    action: 'return_entrusted',
    from: 'property',
    to: 'owner',
    movementKind: 'entrustment_return',
    opens: null,
    closes: 'entrustment',
  },
  hand_over: {
    action: 'hand_over',
    from: 'property',
    to: 'owner',
    movementKind: 'transfer',
    opens: null,
    closes: null,
  },
});

/** The allowed moves: state → action → next state. An action missing from a state's row is refused. */
export const KEY_CUSTODY_TRANSITIONS: Readonly<
  Record<KeyCustodyState, Readonly<Partial<Record<KeyAction, KeyCustodyState>>>>
> = Object.freeze({
  with_contractor: { transfer: 'with_property' },
  with_property: { lend: 'on_loan', hand_over: 'with_owner' },
  on_loan: { return_loan: 'with_property' },
  with_owner: { entrust: 'entrusted' },
  entrusted: { lend: 'entrusted_on_loan', return_entrusted: 'with_owner' },
  entrusted_on_loan: { return_loan: 'entrusted' },
});

/** The holder in each state. */
export const KEY_CUSTODY_HOLDER: Readonly<Record<KeyCustodyState, KeyHolder>> = Object.freeze({
  with_contractor: 'contractor',
  with_property: 'property',
  on_loan: 'contractor',
  with_owner: 'owner',
  entrusted: 'property',
  entrusted_on_loan: 'contractor',
});

/** The state after `action`, or null when the action is not allowed in `state`. */
export function nextCustody(state: KeyCustodyState, action: KeyAction): KeyCustodyState | null {
  return KEY_CUSTODY_TRANSITIONS[state][action] ?? null;
}

/** The actions allowed in `state`, in {@link KEY_ACTIONS} order. */
export function allowedKeyActions(state: KeyCustodyState): KeyAction[] {
  return KEY_ACTIONS.filter((action) => nextCustody(state, action) !== null);
}

export function isKeyCustodyState(value: unknown): value is KeyCustodyState {
  return typeof value === 'string' && (KEY_CUSTODY_STATES as readonly string[]).includes(value);
}

export function isKeyAction(value: unknown): value is KeyAction {
  return typeof value === 'string' && (KEY_ACTIONS as readonly string[]).includes(value);
}
