import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Environment } from '@handover/config';
import { signInCodeFrom, SIGN_IN_CODE_DIGITS } from '@handover/domain';

/** Owner session tokens start with this, so a reader (and a log scrubber) tells them from staff JWTs. */
export const OWNER_TOKEN_PREFIX = 'hov_owner_';

/**
 * The secrets of owner sign-in: codes drawn from a CSPRNG and kept as an HMAC bound to the number (a stolen table
 * does not yield codes without the server's key: a plain hash of six digits is reversed in a second), rate-limit keys
 * under the same HMAC, session tokens of 32 random bytes kept as their SHA-256.
 */
@Injectable()
export class OwnerSecrets {
  private readonly key: Buffer;

  constructor(environment: Environment) {
    this.key = environment.OWNER_CODE_SECRET
      ? Buffer.from(environment.OWNER_CODE_SECRET, 'utf8')
      : createHmac('sha256', environment.JWT_SECRET).update('handover owner sign-in codes v1').digest();
  }

  drawCode(): string {
    return signInCodeFrom(randomInt(0, 10 ** SIGN_IN_CODE_DIGITS));
  }

  codeHash(phone: string, code: string): string {
    return this.hmac(`code:${phone}:${code}`);
  }

  codeMatches(phone: string, code: string, storedHash: string): boolean {
    const given = Buffer.from(this.codeHash(phone, code), 'hex');
    const stored = Buffer.from(storedHash, 'hex');
    return given.length === stored.length && timingSafeEqual(given, stored);
  }

  /** The key of a rate-limit counter: neither the number nor the address is stored in clear. */
  counterKey(scope: string, value: string): string {
    return this.hmac(`limit:${scope}:${value}`);
  }

  mintSessionToken(): { token: string; hash: string } {
    const token = `${OWNER_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    return { token, hash: sessionTokenHash(token) };
  }

  private hmac(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('hex');
  }
}

export function sessionTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
