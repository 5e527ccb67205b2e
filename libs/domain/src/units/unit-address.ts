/** Where a home (户) is in a project: 楼栋 building, 单元 unit (the entrance), 房号 room. */
export interface UnitAddress {
  building: string;
  unitNo: string;
  room: string;
}

/** The address label people write for a home: building-unit-room, e.g. "3-2-1502" (3 栋 2 单元 1502 室). */
export function unitAddressLabel(address: UnitAddress): string {
  return `${address.building}-${address.unitNo}-${address.room}`;
}

/**
 * Where a record (a defect, a key) is: its home's address label, or the name of the public area (公共区域, e.g.
 * "3# 大堂") when it is not in a home.
 */
export function placeLabel(place: { unit: UnitAddress | null; publicArea: string | null }): string {
  return place.unit ? unitAddressLabel(place.unit) : (place.publicArea ?? '');
}
