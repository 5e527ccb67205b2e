import createClient, { type Middleware } from 'openapi-fetch';
import type { Language } from '@handover/domain/errors/language';
import { OWNER_SIGN_IN_ERROR_MESSAGES } from '@handover/domain/owner-sign-in';
import { ApiError } from '../src/api/api-error';
import type { paths } from '../src/api/schema';
import { storedLanguage, type Translate } from './i18n';
import { ownerSession } from './owner-session';

/**
 * The owner app's typed client: the console's generated types (`npm run api-client`), its own instance carrying the
 * owner session token. A 401 on a signed-in request ends the session, so the app returns to sign-in.
 */
export const ownerApi = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });

const ownerAuthentication: Middleware = {
  onRequest({ request }) {
    const token = ownerSession.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', storedLanguage());
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && ownerSession.token()) ownerSession.clear();
    return response;
  },
};
ownerApi.use(ownerAuthentication);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of an openapi-fetch result, or an ApiError with the refusal's code and params. */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch {
    throw ApiError.from(0, undefined);
  }
  if (result.error !== undefined || !result.response.ok) throw ApiError.from(result.response.status, result.error);
  return result.data as T;
}

const isOwnerCode = (code: string | undefined): code is keyof typeof OWNER_SIGN_IN_ERROR_MESSAGES =>
  code !== undefined && Object.prototype.hasOwnProperty.call(OWNER_SIGN_IN_ERROR_MESSAGES, code);

/**
 * A refusal in the owner's language, worded from its code with the catalogue the API uses (libs/domain): too many
 * requests, a refused code, a session that ended. Otherwise the server's own sentence (it answers in the language the
 * request asked for), or what went wrong on the way.
 */
export function refusalText(error: unknown, language: Language, t: Translate): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === 0) return t('unreachable');
  if (isOwnerCode(error.code)) {
    const params = error.params ?? {};
    if (error.code !== 'OWNER_SIGN_IN_TOO_MANY' || params.retryAfterSeconds !== undefined) {
      return OWNER_SIGN_IN_ERROR_MESSAGES[error.code][language](params);
    }
  }
  if (error.status >= 500 || error.messages.length === 0) return t('serverAnswered', { status: error.status });
  return error.messages.join(' ');
}
