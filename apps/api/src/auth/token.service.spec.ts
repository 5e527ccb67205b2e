import { JwtService } from '@nestjs/jwt';
import type { Environment } from '@handover/config';
import { TokenService, TokenWithoutExpiryError } from './token.service';

const SECRET = 's'.repeat(32);
const tokens = (secret = SECRET) =>
  new TokenService(new JwtService({}), { JWT_SECRET: secret, JWT_TTL_SECONDS: 60 } as Environment);

describe('TokenService', () => {
  it('verifies a token it minted (the secret as a key object)', () => {
    const service = tokens();
    expect(service.verify(service.mint('user-1')).sub).toBe('user-1');
  });

  it('refuses a token signed with another secret, a tampered one, an expired one and one without exp', () => {
    const service = tokens();
    expect(() => service.verify(tokens('t'.repeat(32)).mint('user-1'))).toThrow(/invalid signature/);
    const [header, , signature] = service.mint('user-1').split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'admin', exp: 9_999_999_999 })).toString('base64url');
    expect(() => service.verify(`${header}.${forged}.${signature}`)).toThrow(/invalid signature/);
    expect(() => service.verify(service.mint('user-1', -10))).toThrow(/jwt expired/);
    const forever = new JwtService({}).sign({ sub: 'user-1' }, { secret: SECRET, algorithm: 'HS256' });
    expect(() => service.verify(forever)).toThrow(TokenWithoutExpiryError);
  });

  it('refuses a token whose header asks for another algorithm', () => {
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'user-1', exp: 9_999_999_999 }),
    ).toString('base64url')}.`;
    expect(() => tokens().verify(none)).toThrow();
    const hs512 = new JwtService({}).sign({ sub: 'user-1' }, { secret: SECRET, algorithm: 'HS512', expiresIn: 60 });
    expect(() => tokens().verify(hs512)).toThrow(/invalid algorithm/);
  });
});
