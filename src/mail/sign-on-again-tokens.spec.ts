import type { AppConfig } from '../common/config/app-config.js';
import { SignOnAgainTokens } from './sign-on-again-tokens.js';

const tokens = (secret: string) => new SignOnAgainTokens({ TOKEN_SECRET: secret } as AppConfig);
const previous = '3f1c2b7e-8a4d-4c1e-9b2a-0d6e5f4a3b21';
const next = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('link om opnieuw in te tekenen', () => {
  it('geeft de vorige intekening en de nieuwe datum terug voor een eigen token', () => {
    const issuer = tokens('geheim-een');
    expect(issuer.verify(issuer.issue(previous, next))).toEqual({ previousSubscriptionId: previous, newEventId: next });
  });

  it('past als routeparameter: korter dan 100 tekens', () => {
    expect(tokens('geheim-een').issue(previous, next).length).toBeLessThan(100);
  });

  it('weigert een token met een ander geheim, een andere datum of een gewijzigde handtekening', () => {
    const token = tokens('geheim-een').issue(previous, next);
    expect(tokens('geheim-twee').verify(token)).toBeUndefined();
    const [, , signature] = token.split('.');
    expect(tokens('geheim-een').verify(`${previous}.${previous}.${signature}`)).toBeUndefined();
    expect(tokens('geheim-een').verify(`${previous}.${next}.${signature.slice(1)}x`)).toBeUndefined();
    expect(tokens('geheim-een').verify('geen-token')).toBeUndefined();
  });
});
