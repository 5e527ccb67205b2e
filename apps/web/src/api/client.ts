import createClient, { type Middleware } from 'openapi-fetch';
import { session } from '../auth/session';
import { storedLanguage } from '../i18n';
import { ApiError } from './api-error';
import type { paths } from './schema';

/**
 * The typed API client. Its types are generated from the API's OpenAPI document (`npm run api-client`), so a
 * changed endpoint breaks the console's type check instead of a screen.
 */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });

const authentication: Middleware = {
  onRequest({ request }) {
    const token = session.token();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    // The console words refusals from their codes; the server's own sentence, shown for a code the console does not
    // know, then comes in the console's language too.
    request.headers.set('Accept-Language', storedLanguage());
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && session.token()) session.expire();
    return response;
  },
};
api.use(authentication);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Unwraps an openapi-fetch result: the data, or an ApiError carrying the refusal's code, params and message. */
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

/** Downloads a file the API renders (e.g. the .xlsx roll-up) with the session's token. */
export async function download(path: string, fileName: string): Promise<void> {
  const response = await fetch(path, {
    headers: { Authorization: `Bearer ${session.token() ?? ''}`, 'Accept-Language': storedLanguage() },
  });
  if (!response.ok) {
    if (response.status === 401) session.expire();
    throw ApiError.from(response.status, await response.json().catch(() => undefined));
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
