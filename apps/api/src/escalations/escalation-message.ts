import type { EscalationListRow } from '@handover/database';
import {
  isEscalationMessageCode,
  renderEscalationMessage,
  type EscalationMessage,
  type Language,
} from '@handover/domain';

/**
 * The escalation's sentence in `language`, from its code and parameters; a row from before the codes (or with a code
 * this version does not know) reads as stored.
 */
export function escalationMessageIn(
  row: Pick<EscalationListRow, 'message' | 'messageCode' | 'messageParams'>,
  language: Language,
): string {
  if (!isEscalationMessageCode(row.messageCode) || !row.messageParams) return row.message;
  return renderEscalationMessage({ code: row.messageCode, params: row.messageParams } as EscalationMessage, language);
}
