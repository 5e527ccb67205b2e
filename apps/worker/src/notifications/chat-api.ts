/** The answer shape both 企业微信 and 钉钉 use: errcode 0 is success. */
export interface ChatApiAnswer {
  errcode?: number;
  errmsg?: string;
  [field: string]: unknown;
}

/** errcodes both APIs give for an access token that is not valid (40014) or has expired (42001). */
export const TOKEN_REFUSED_CODES = new Set([40014, 42001]);

const REQUEST_TIMEOUT_MS = 10_000;

/** A GET or POST answered with JSON; a network error, timeout or non-2xx status throws (and is retried). */
export async function callChatApi(url: URL, body?: unknown): Promise<ChatApiAnswer> {
  const response = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    redirect: 'error',
  });
  if (!response.ok) throw new Error(`${url.host}${url.pathname} answered HTTP ${response.status}`);
  return (await response.json()) as ChatApiAnswer;
}

/** `path` under the configured API base, with query parameters. */
export function chatApiUrl(base: string, path: string, query: Record<string, string>): URL {
  const url = new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url;
}

/** 'errcode 60111: invalid userid' — never the URL, which carries the access token. */
export function describeAnswer(answer: ChatApiAnswer): string {
  return `errcode ${answer.errcode ?? '?'}: ${answer.errmsg ?? ''}`.trim();
}
