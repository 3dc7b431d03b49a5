import type { AppConfig } from '../common/config/app-config.js';
import { SIGN_ON_AGAIN_LINK_DAYS, SignOnAgainTokens } from './sign-on-again-tokens.js';

const tokens = (secret: string) => new SignOnAgainTokens({ TOKEN_SECRET: secret } as AppConfig);
const previous = '3f1c2b7e-8a4d-4c1e-9b2a-0d6e5f4a3b21';
const next = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const issuedAt = new Date('2026-11-30T10:00:00Z');
const daysLater = (days: number) => new Date(issuedAt.getTime() + days * 86_400_000);

describe('link om opnieuw in te tekenen', () => {
  it('geeft de vorige intekening, de nieuwe datum en het uitgiftemoment terug voor een eigen token', () => {
    const issuer = tokens('geheim-een');
    expect(issuer.verify(issuer.issue(previous, next, issuedAt), daysLater(1))).toEqual({
      previousSubscriptionId: previous,
      newEventId: next,
      issuedAt,
    });
  });

  it('past als routeparameter: korter dan 100 tekens', () => {
    expect(tokens('geheim-een').issue(previous, next).length).toBeLessThan(100);
  });

  it(`verloopt na ${SIGN_ON_AGAIN_LINK_DAYS} dagen`, () => {
    const issuer = tokens('geheim-een');
    const token = issuer.issue(previous, next, issuedAt);
    expect(issuer.verify(token, daysLater(SIGN_ON_AGAIN_LINK_DAYS - 1))).toBeDefined();
    expect(issuer.verify(token, daysLater(SIGN_ON_AGAIN_LINK_DAYS + 1))).toBeUndefined();
  });

  it('weigert een token met een ander geheim, een andere datum, een later uitgiftemoment of een gewijzigde handtekening', () => {
    const token = tokens('geheim-een').issue(previous, next, issuedAt);
    expect(tokens('geheim-twee').verify(token)).toBeUndefined();
    const [first, second, issued, signature] = token.split('.');
    expect(tokens('geheim-een').verify(`${first}.${first}.${issued}.${signature}`)).toBeUndefined();
    expect(
      tokens('geheim-een').verify(`${first}.${second}.${(parseInt(issued, 36) + 86_400).toString(36)}.${signature}`),
    ).toBeUndefined();
    expect(tokens('geheim-een').verify(`${first}.${second}.${issued}.${signature.slice(1)}x`)).toBeUndefined();
    expect(tokens('geheim-een').verify('geen-token')).toBeUndefined();
  });
});
