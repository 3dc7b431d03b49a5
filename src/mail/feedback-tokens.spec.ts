import type { AppConfig } from '../common/config/app-config.js';
import { FEEDBACK_LINK_DAYS, FeedbackTokens } from './feedback-tokens.js';

const tokens = (secret: string) => new FeedbackTokens({ TOKEN_SECRET: secret } as AppConfig);
const subscription = '3f1c2b7e-8a4d-4c1e-9b2a-0d6e5f4a3b21';
const endedAt = new Date('2026-11-30T15:30:00Z');
const daysLater = (days: number) => new Date(endedAt.getTime() + days * 86_400_000);

describe('feedbacklink na een stream', () => {
  it('noemt de intekening tot 30 dagen na het einde van de stream, en is daarna verlopen', () => {
    const issuer = tokens('geheim-een');
    const token = issuer.issue(subscription, endedAt);
    expect(token.length).toBeLessThan(100);
    expect(issuer.verify(token, daysLater(FEEDBACK_LINK_DAYS - 0.01))).toEqual({
      kind: 'valid',
      subscriptionId: subscription,
      expiresAt: daysLater(FEEDBACK_LINK_DAYS),
    });
    expect(issuer.verify(token, daysLater(FEEDBACK_LINK_DAYS))).toEqual({ kind: 'expired', expiresAt: daysLater(30) });
  });

  it('weigert een ander geheim, een verlengde vervaldatum of een gewijzigde handtekening', () => {
    const token = tokens('geheim-een').issue(subscription, endedAt);
    expect(tokens('geheim-twee').verify(token, endedAt)).toEqual({ kind: 'invalid' });
    const [id, expires, signature] = token.split('.');
    const later = (parseInt(expires, 36) + 86_400).toString(36);
    expect(tokens('geheim-een').verify(`${id}.${later}.${signature}`, endedAt)).toEqual({ kind: 'invalid' });
    expect(tokens('geheim-een').verify(`${id}.${expires}.${signature.slice(1)}x`, endedAt)).toEqual({ kind: 'invalid' });
    expect(tokens('geheim-een').verify('geen-token', endedAt)).toEqual({ kind: 'invalid' });
  });
});
