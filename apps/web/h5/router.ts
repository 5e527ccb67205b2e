import { useSyncExternalStore } from 'react';

/** Where the app is served; its screens are paths below it. */
export const OWNER_APP_BASE = '/h5/';
export const SIGN_IN_PATH = `${OWNER_APP_BASE}sign-in`;

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
globalThis.addEventListener?.('popstate', notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const currentPath = () => globalThis.location?.pathname ?? OWNER_APP_BASE;

/** The address bar's path, re-rendering on navigate() and on the phone's back button. */
export const usePath = (): string => useSyncExternalStore(subscribe, currentPath, () => OWNER_APP_BASE);

/** Goes to a screen of the app without reloading the page (push), or in place of the current one (replace). */
export function navigate(path: string, how: 'push' | 'replace' = 'push'): void {
  if (how === 'replace') window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.scrollTo?.(0, 0);
  notify();
}

/** The path of one of the owner's units, or of one section of it (notice, booking, …). */
export const unitPath = (unitId: string, section?: string): string =>
  `${OWNER_APP_BASE}units/${encodeURIComponent(unitId)}${section ? `/${section}` : ''}`;

export interface OwnerRoute {
  unitId?: string;
  section?: string;
}

/** `/h5/` → the unit list; `/h5/units/:unitId` → the unit's home; `/h5/units/:unitId/:section` → that section. */
export function parseRoute(path: string): OwnerRoute {
  const match = /^\/h5\/units\/([^/]+)(?:\/([^/]+))?\/?$/.exec(path);
  if (!match) return {};
  return { unitId: decodeURIComponent(match[1]), section: match[2] };
}
