export type { UnitAddress } from './unit-address';
export { placeLabel, unitAddressLabel } from './unit-address';
