import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Environment } from '@handover/config';

export interface TokenClaims {
  sub: string;
  exp: number;
}

export class TokenWithoutExpiryError extends Error {}

@Injectable()
export class TokenService {
  /**
   * The HMAC secret as a key object, made once. Given the string, jsonwebtoken's verify first tries it as a PEM public
   * key (createPublicKey, which throws) and only then as a secret, on every request: 11-14 % of the API's CPU under load
   * (bench/profile-write.ts). Same bytes (UTF-8), same HS256 check.
   */
  private readonly verifyKey: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    private readonly environment: Environment,
  ) {
    this.verifyKey = createSecretKey(Buffer.from(environment.JWT_SECRET, 'utf8'));
  }

  mint(userId: string, ttlSeconds = this.environment.JWT_TTL_SECONDS): string {
    return this.jwt.sign(
      { sub: userId },
      { expiresIn: ttlSeconds, secret: this.environment.JWT_SECRET, algorithm: 'HS256' },
    );
  }

  /** The claims of a valid token; throws for a bad signature, an expired token, or one that never expires. */
  verify(token: string): TokenClaims {
    const claims = this.jwt.verify<Partial<TokenClaims>>(token, {
      // @nestjs/jwt types the option as string | Buffer and hands it to jsonwebtoken, which takes a KeyObject as is
      secret: this.verifyKey as unknown as Buffer,
      algorithms: ['HS256'],
    });
    // A token without `exp` would be valid forever; every token this service mints has one.
    if (typeof claims.exp !== 'number' || typeof claims.sub !== 'string')
      throw new TokenWithoutExpiryError('token without exp or sub');
    return claims as TokenClaims;
  }
}
