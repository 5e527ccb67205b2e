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
  constructor(
    private readonly jwt: JwtService,
    private readonly environment: Environment,
  ) {}

  mint(userId: string, ttlSeconds = this.environment.JWT_TTL_SECONDS): string {
    return this.jwt.sign(
      { sub: userId },
      { expiresIn: ttlSeconds, secret: this.environment.JWT_SECRET, algorithm: 'HS256' },
    );
  }

  /** The claims of a valid token; throws for a bad signature, an expired token, or one that never expires. */
  verify(token: string): TokenClaims {
    const claims = this.jwt.verify<Partial<TokenClaims>>(token, {
      secret: this.environment.JWT_SECRET,
      algorithms: ['HS256'],
    });
    // A token without `exp` would be valid forever; every token this service mints has one.
    if (typeof claims.exp !== 'number' || typeof claims.sub !== 'string')
      throw new TokenWithoutExpiryError('token without exp or sub');
    return claims as TokenClaims;
  }
}
