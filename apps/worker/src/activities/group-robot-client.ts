import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { addressScope, robotWebhookUrlProblem, type WebhookTargetPolicy } from '@handover/domain';

/** 企业微信 or 钉钉 group robot. */
export type GroupRobotKind = 'wecom' | 'dingtalk';

const PUSH_TIMEOUT_MS = 10_000;
const MAX_ANSWER_BYTES = 64 * 1024;

/** A webhook the policy forbids: retrying cannot help, so the delivery records it instead of failing the activity. */
export class WebhookTargetRefusedError extends Error {
  override readonly name = 'WebhookTargetRefusedError';
}

/** The robot's JSON body: WeChat Work takes `markdown.content`, DingTalk `markdown.title` and `markdown.text`. */
export function groupRobotMessage(kind: GroupRobotKind, title: string, markdown: string): Record<string, unknown> {
  return kind === 'wecom'
    ? { msgtype: 'markdown', markdown: { content: markdown } }
    : { msgtype: 'markdown', markdown: { title, text: markdown } };
}

/**
 * Resolves like dns.lookup, but refuses a host that resolves to this machine or a private network unless the policy
 * allows it. Used as the connection's own lookup, so the address checked is the address connected to (no second
 * resolution an attacker's DNS could answer differently).
 */
export function guardedLookup(policy: WebhookTargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find(
        (address) => !policy.allowPrivateTargets && addressScope(address.address) !== 'public',
      );
      if (refused) {
        return callback(
          new WebhookTargetRefusedError(`${hostname} resolves to a private address (${refused.address})`),
          '',
          0,
        );
      }
      if (options.all)
        return (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

function post(url: URL, body: string, policy: WebhookTargetPolicy): Promise<{ status: number; text: string }> {
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) },
        lookup: guardedLookup(policy),
        timeout: PUSH_TIMEOUT_MS,
      },
      (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_ANSWER_BYTES) chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${PUSH_TIMEOUT_MS / 1000} s`)));
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Pushes one Markdown message to a group-robot webhook. Throws WebhookTargetRefusedError when the policy forbids the
 * target; otherwise throws on a network error, a non-2xx status or a robot error (`errcode` other than 0, e.g. 93000
 * invalid key or 45009 rate limit), so the calling activity fails and Temporal retries it. The URL is never put into
 * the error: it carries the robot's key.
 */
export async function pushToGroupRobot(
  kind: GroupRobotKind,
  url: string,
  title: string,
  markdown: string,
  policy: WebhookTargetPolicy,
): Promise<void> {
  const target = new URL(url);
  const host = target.host;
  // The URL rule already refuses private IP literals; guardedLookup covers names that resolve to private addresses.
  const problem = robotWebhookUrlProblem(url, policy);
  if (problem) throw new WebhookTargetRefusedError(`The ${kind} robot URL at ${host} is refused: it ${problem}.`);
  let answer: { status: number; text: string };
  try {
    answer = await post(target, JSON.stringify(groupRobotMessage(kind, title, markdown)), policy);
  } catch (error) {
    if (error instanceof WebhookTargetRefusedError)
      throw new WebhookTargetRefusedError(`The ${kind} robot URL is refused: ${error.message}.`);
    throw new Error(`The ${kind} robot at ${host} could not be reached: ${(error as Error).message}`);
  }
  const { status, text } = answer;
  if (status < 200 || status >= 300)
    throw new Error(`The ${kind} robot at ${host} answered HTTP ${status}: ${text.slice(0, 200)}`);
  let body: { errcode?: unknown; errmsg?: unknown } = {};
  try {
    body = text ? (JSON.parse(text) as typeof body) : {};
  } catch {
    throw new Error(`The ${kind} robot at ${host} answered with something that is not JSON: ${text.slice(0, 200)}`);
  }
  if (body.errcode !== undefined && Number(body.errcode) !== 0) {
    throw new Error(
      `The ${kind} robot at ${host} refused the message: errcode ${String(body.errcode)} ${String(body.errmsg ?? '')}`,
    );
  }
}
