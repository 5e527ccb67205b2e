/** The group-robot endpoints of WeChat Work (企业微信) and DingTalk (钉钉); anything else could aim the worker at internal hosts. */
export const ROBOT_HOSTS: readonly string[] = ['qyapi.weixin.qq.com', 'oapi.dingtalk.com'];

export interface WebhookTargetPolicy {
  /** Loopback and private-network receivers (local test receivers); an operator's choice, never in production. */
  allowPrivateTargets: boolean;
}

/**
 * Why a robot webhook URL is refused, or null: https to the WeChat Work or DingTalk robot hosts; when the operator
 * allows private targets, also http(s) to a loopback or private-network address (or `localhost`).
 * Host names are taken as the URL parser canonicalises them (`0x7f.1` is 127.0.0.1).
 */
export function robotWebhookUrlProblem(value: unknown, policy: WebhookTargetPolicy): string | null {
  if (typeof value !== 'string') return 'must be a URL';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http(s) URL';
  if (url.username || url.password) return 'must not carry a user name or password';
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const local = host === 'localhost' || host.endsWith('.localhost') || addressScope(host) === 'private';
  if (local) return policy.allowPrivateTargets ? null : 'must not point at this machine or a private network';
  if (url.protocol !== 'https:') return 'must use https';
  if (!ROBOT_HOSTS.includes(host))
    return `must be a WeChat Work or DingTalk group-robot URL (${ROBOT_HOSTS.join(' or ')})`;
  if (url.port && url.port !== '443') return 'must use the standard https port';
  return null;
}

/** 'public', 'private' (loopback, private networks, link-local, CGNAT, multicast, reserved) or null when not an IP. */
export function addressScope(address: string): 'public' | 'private' | null {
  const v4 = parseIpv4(address);
  if (v4) return isPrivateIpv4(v4) ? 'private' : 'public';
  const v6 = parseIpv6(address);
  if (v6) return isPrivateIpv6(v6) ? 'private' : 'public';
  return null;
}

function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return null;
  return parts.map(Number);
}

function isPrivateIpv4([a, b]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19)) ||
    a >= 224
  );
}

/** Eight 16-bit groups, or null. Accepts `::` compression, a trailing dotted IPv4 and a zone id. */
function parseIpv6(text: string): number[] | null {
  let rest = text.split('%')[0]!.toLowerCase();
  if (!rest.includes(':')) return null;
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(rest);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]!);
    if (!v4) return null;
    const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
    rest = `${rest.slice(0, dotted.index + 1)}${hex(v4[0]!, v4[1]!)}:${hex(v4[2]!, v4[3]!)}`;
  }
  const halves = rest.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string): number[] | null => {
    if (half === '') return [];
    const out = half.split(':').map((group) => (/^[0-9a-f]{1,4}$/.test(group) ? parseInt(group, 16) : NaN));
    return out.some(Number.isNaN) ? null : out;
  };
  const head = groups(halves[0]!);
  const back = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head || !back) return null;
  const known = head.length + back.length;
  if (halves.length === 1 ? known !== 8 : known > 7) return null;
  return [...head, ...new Array<number>(8 - known).fill(0), ...back];
}

function isPrivateIpv6(groups: number[]): boolean {
  const [first] = groups as [number];
  const allZeroBefore = (index: number) => groups.slice(0, index).every((group) => group === 0);
  if (allZeroBefore(8)) return true; // ::
  if (allZeroBefore(7) && groups[7] === 1) return true; // ::1
  if (allZeroBefore(5) && groups[5] === 0xffff) {
    // ::ffff:a.b.c.d, an IPv4 address in IPv6 clothing
    return isPrivateIpv4([groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff]);
  }
  // unique local fc00::/7, link-local fe80::/10, multicast ff00::/8, documentation 2001:db8::/32
  return (
    (first & 0xfe00) === 0xfc00 ||
    (first & 0xffc0) === 0xfe80 ||
    (first & 0xff00) === 0xff00 ||
    (first === 0x2001 && groups[1] === 0xdb8)
  );
}
