/**
 * 楼层 from a room number as Chinese developers number rooms: the floor followed by two digits (1201 → 12, 302 → 3).
 * Null when the room does not follow that pattern (e.g. "A-01", "商铺1"), so the grid can still place it.
 */
export function floorOfRoom(room: string): number | null {
  const match = /^(\d{1,3})(\d{2})$/.exec(room.trim());
  if (!match) return null;
  const floor = Number(match[1]);
  return floor > 0 ? floor : null;
}
