import type { KeyboardEvent } from 'react';

/**
 * For forms whose submit starts something (a launch, a postponement request): only the button submits, so Enter in
 * a field (e.g. to confirm a typed date) does not send it by accident. Text areas keep their Enter.
 */
export function preventImplicitSubmit(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}
