import { HttpStatus, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLogRepository } from '@handover/database';
import {
  CODE_REQUEST_LIMITS,
  judgeSignInAttempt,
  maskMobile,
  OWNER_SESSION_TTL_SECONDS,
  retryAfterSeconds,
  SIGN_IN_ATTEMPT_LIMITS,
  SIGN_IN_CODE_TTL_SECONDS,
  windowStart,
  withAddressCeiling,
  type SignInLimit,
} from '@handover/domain';
import { Environment } from '@handover/config';
import { ApiError } from '../common/api-error';
import { OwnerAuthRepository, type OwnerSession } from './owner-auth.repository';
import { OwnerSecrets } from './owner-secrets';
import { SmsService } from './sms/sms.service';

/** Who asks: the number typed and the client's address (request.ip). */
export interface SignInCaller {
  phone: string;
  ip: string;
}

/**
 * 业主验证码登录: a code is sent only to a number in a unit list, and every answer reads the same whether or not it
 * is; a code is tried at most 5 times within 5 minutes and works once; a session token is the owner's key to
 * /owner/* only. Audit rows name the number masked.
 */
@Injectable()
export class OwnerAuthService {
  private readonly codeRequestLimits: readonly SignInLimit[];
  private readonly signInAttemptLimits: readonly SignInLimit[];

  constructor(
    private readonly repository: OwnerAuthRepository,
    private readonly secrets: OwnerSecrets,
    private readonly sms: SmsService,
    private readonly auditLog: AuditLogRepository,
    environment: Environment,
  ) {
    this.codeRequestLimits = withAddressCeiling(CODE_REQUEST_LIMITS, environment.OWNER_CODE_REQUESTS_PER_ADDRESS_HOUR);
    this.signInAttemptLimits = withAddressCeiling(
      SIGN_IN_ATTEMPT_LIMITS,
      environment.OWNER_SIGN_IN_TRIES_PER_ADDRESS_HOUR,
    );
  }

  /** Sends a code when the number has a unit; the caller answers 202 either way. */
  async requestCode(caller: SignInCaller): Promise<void> {
    await this.admit(this.codeRequestLimits, caller);
    if (!(await this.repository.hasUnits(caller.phone))) return;
    const code = this.secrets.drawCode();
    const codeId = await this.repository.insertCode(
      caller.phone,
      this.secrets.codeHash(caller.phone, code),
      SIGN_IN_CODE_TTL_SECONDS,
    );
    const sent = await this.sms.send({
      to: caller.phone,
      template: 'owner_sign_in_code',
      params: { code, minutes: SIGN_IN_CODE_TTL_SECONDS / 60 },
    });
    await this.audit('owner.sign_in_code', 'owner_sign_in_code', codeId, {
      phone: maskMobile(caller.phone),
      provider: this.sms.provider,
      sent,
    });
  }

  /** A session token for the number's latest live code; every refusal is the same 401. */
  async signIn(caller: SignInCaller, code: string): Promise<{ token: string; expiresInSeconds: number }> {
    await this.admit(this.signInAttemptLimits, caller);
    const outcome = await this.repository.transaction(async (manager) => {
      const stored = await this.repository.latestCodeForUpdate(manager, caller.phone);
      if (!stored) return { kind: 'no_code' as const };
      const matches = this.secrets.codeMatches(caller.phone, code, stored.codeHash);
      const judged = judgeSignInAttempt(stored, matches, new Date());
      if (judged.kind === 'wrong') await this.repository.countWrongTry(manager, stored.id);
      if (judged.kind !== 'accepted') return judged;
      await this.repository.consumeCode(manager, stored.id);
      // The units may have been re-imported without this number since the code was sent.
      if (!(await this.repository.hasUnits(caller.phone, manager))) return { kind: 'no_units' as const };
      const { token, hash } = this.secrets.mintSessionToken();
      const sessionId = await this.repository.createSession(manager, caller.phone, hash, OWNER_SESSION_TTL_SECONDS);
      await this.audit('owner.sign_in', 'owner_session', sessionId, { phone: maskMobile(caller.phone) }, manager);
      return { kind: 'accepted' as const, token };
    });
    if (outcome.kind !== 'accepted') {
      await this.audit('owner.sign_in_refused', 'owner_phone', maskMobile(caller.phone), { outcome: outcome.kind });
      throw new ApiError(HttpStatus.UNAUTHORIZED, 'OWNER_SIGN_IN_REFUSED');
    }
    return { token: outcome.token, expiresInSeconds: OWNER_SESSION_TTL_SECONDS };
  }

  async signOut(session: OwnerSession): Promise<void> {
    await this.repository.revokeSession(session.id);
    await this.audit('owner.sign_out', 'owner_session', session.id, { phone: maskMobile(session.phone) });
  }

  /**
   * Counts the request in every window of `limits` and refuses it (429, nothing counted) when one is full. Numbers
   * not in any unit list are counted alike, so a refusal tells nothing either.
   */
  private async admit(limits: readonly SignInLimit[], caller: SignInCaller): Promise<void> {
    const now = new Date();
    const windows = limits.map((limit) => ({
      limit,
      keyHash: this.secrets.counterKey(limit.scope, limit.scope === 'phone' ? caller.phone : caller.ip),
      start: windowStart(now, limit.seconds),
    }));
    await this.repository.transaction(async (manager) => {
      const counted = await this.repository.count(manager, windows);
      const wait = retryAfterSeconds(
        windows.map((window) => ({
          limit: window.limit,
          start: window.start,
          count:
            counted.find((row) => row.scope === window.limit.scope && row.windowSeconds === window.limit.seconds)
              ?.count ?? 0,
        })),
        now,
      );
      if (wait !== null)
        throw new ApiError(HttpStatus.TOO_MANY_REQUESTS, 'OWNER_SIGN_IN_TOO_MANY', { retryAfterSeconds: wait });
    });
    if (Math.random() < 0.01) await this.repository.forgetOldCounters();
  }

  private audit(
    action: string,
    entityType: string,
    entityId: string,
    after: Record<string, unknown>,
    manager?: EntityManager,
  ): Promise<void> {
    return this.auditLog.record(
      { actorId: null, actorRole: 'owner', action, entityType, entityId, projectId: null, before: null, after },
      manager,
    );
  }
}
