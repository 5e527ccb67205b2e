export {
  KEY_HOLDERS,
  KEY_MOVEMENT_KINDS,
  KEY_CUSTODY_STATES,
  KEY_ACTIONS,
  KEY_MOVES,
  KEY_CUSTODY_TRANSITIONS,
  KEY_CUSTODY_HOLDER,
  nextCustody,
  allowedKeyActions,
  isKeyCustodyState,
  isKeyAction,
} from './custody';
export type {
  KeyHolder,
  KeyMovementKind,
  KeyCustodyState,
  KeyAction,
  KeyCustodyFacts,
  KeyMove,
  OpenKeyRecord,
} from './custody';
export { custodyOf, assertCanMove, assertCanMoveAll, assertCanHandOverUnit } from './assert-can-move';
export type { BulkKeyAction, EntrustmentReturnRequest } from './assert-can-move';
export {
  KeyCustodyError,
  KeysNotHeldError,
  KeyNotHeldError,
  KeyAlreadyOnLoanError,
  KeyNotOnLoanError,
  NoOpenEntrustmentError,
  EntrustmentLetterMismatchError,
  EntrustedKeyOnLoanError,
  UnitHasNoKeysError,
  InconsistentKeyCustodyError,
  holderPhrase,
} from './errors';
export type { RefusedKey } from './errors';
