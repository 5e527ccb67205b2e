import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Environment } from '@handover/config';

export interface TokenClaims {
  sub: string;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly environment: Environment,
  ) {}

  mint(userId: string, ttlSeconds = this.environment.JWT_TTL_SECONDS): string {
    return this.jwt.sign({ sub: userId }, { expiresIn: ttlSeconds, secret: this.environment.JWT_SECRET, algorithm: 'HS256' });
  }

  verify(token: string): TokenClaims {
    return this.jwt.verify<TokenClaims>(token, { secret: this.environment.JWT_SECRET, algorithms: ['HS256'] });
  }
}
