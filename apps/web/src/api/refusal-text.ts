import { ERROR_MESSAGES, isErrorCode, renderErrorMessage, type ErrorCode, type Language } from '@handover/domain';
import { i18n } from '../i18n';
import { ApiError } from './api-error';

/** What to show for a refusal: a sentence and/or the server's itemised problems (when it listed several). */
export interface RefusalText {
  sentence: string | null;
  details: string[];
}

/**
 * The codes a refusal gets from its HTTP status when it does not carry a code of its own yet: the server's message is
 * then the refusal's own text (more specific than the code's generic sentence), so the console shows that.
 */
const GENERIC_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL_ERROR',
]);

const isCatalogueSentence = (code: ErrorCode, message: string): boolean =>
  Object.values(ERROR_MESSAGES[code]).some((render) => render({}) === message);

/**
 * A refusal in the console's language, worded from its code and params with the catalogue the API uses too
 * (libs/domain errors), not taken from the server's sentence. The server's `message` is shown as it came when the
 * console does not know the code (a newer server), when the code is a generic one standing for a refusal's own text,
 * or when the params the sentence needs did not come. A validation refusal keeps the server's list of field problems.
 */
export function refusalText(error: unknown, language: Language): RefusalText {
  if (!(error instanceof ApiError)) {
    return { sentence: error instanceof Error ? error.message : String(error), details: [] };
  }
  const { code, params, messages, status } = error;
  const t = i18n.getFixedT(language, 'common');
  const asGiven = (): RefusalText =>
    messages.length === 0
      ? { sentence: status === 0 ? t('unreachable') : t('serverAnswered', { status }), details: [] }
      : messages.length === 1
        ? { sentence: messages[0], details: [] }
        : { sentence: null, details: messages };

  if (!isErrorCode(code)) return asGiven();
  if (code === 'VALIDATION_FAILED') {
    const fieldProblems = messages.filter((message) => !isCatalogueSentence(code, message));
    return { sentence: renderErrorMessage(code, {}, language), details: fieldProblems };
  }
  if (GENERIC_CODES.has(code)) {
    return messages.length === 1 && isCatalogueSentence(code, messages[0])
      ? { sentence: renderErrorMessage(code, {}, language), details: [] }
      : asGiven();
  }
  // A sentence that takes params (its render reads them) cannot be worded without them, e.g. a 413 from a library.
  const needsParams = ERROR_MESSAGES[code][language].length > 0;
  if (needsParams && params === undefined) return asGiven();
  return { sentence: renderErrorMessage(code, params ?? {}, language), details: [] };
}

/** The console's language as the catalogue names it (i18next may report a tag such as 'en-US'). */
export function catalogueLanguage(i18nLanguage: string | undefined): Language {
  return i18nLanguage?.startsWith('en') ? 'en' : 'zh-CN';
}
