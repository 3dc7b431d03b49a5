import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppConfig, DEVELOPMENT_TOKEN_SECRET } from '../common/config/app-config.js';

/** How long the one-click link in a new-date mail works; long enough for a board to meet, short enough not to linger in inboxes. */
export const SIGN_ON_AGAIN_LINK_DAYS = 60;

export interface SignOnAgainClaim {
  /** The sign-on on the cancelled event whose details are copied. */
  previousSubscriptionId: string;
  newEventId: string;
  /** When the link was made (to the second); links made before the organisation's deactivation are refused. */
  issuedAt: Date;
}

/**
 * The one-click link of the Adamo case: it names the former sign-on, the new date and when it was
 * made, signed with the app's secret, so nothing has to be stored and nobody can forge a link for
 * another organisation or make an old one last.
 */
@Injectable()
export class SignOnAgainTokens {
  private readonly secret: string;

  constructor(config: AppConfig) {
    this.secret = `sign-on-again:${config.TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET}`;
  }

  issue(previousSubscriptionId: string, newEventId: string, now = new Date()): string {
    const body = `${compactUuid(previousSubscriptionId)}.${compactUuid(newEventId)}.${Math.floor(now.getTime() / 1000).toString(36)}`;
    return `${body}.${this.sign(body)}`;
  }

  /** Undefined for anything this app did not sign, and for a link past its time. */
  verify(token: string, now = new Date()): SignOnAgainClaim | undefined {
    const parts = token.split('.');
    if (parts.length !== 4) return undefined;
    const [previous, next, issued, signature] = parts;
    const expected = Buffer.from(this.sign(`${previous}.${next}.${issued}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const issuedAt = new Date(parseInt(issued, 36) * 1000);
    if (now.getTime() - issuedAt.getTime() > SIGN_ON_AGAIN_LINK_DAYS * 86_400_000) return undefined;
    return { previousSubscriptionId: fullUuid(previous), newEventId: fullUuid(next), issuedAt };
  }

  /**
   * 128 bits of the HMAC: plenty against guessing, and with the ids in base64 the token stays far
   * under the 100 characters Fastify allows a route parameter.
   */
  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest().subarray(0, 16).toString('base64url');
  }
}

const compactUuid = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex').toString('base64url');

function fullUuid(compact: string): string {
  const hex = Buffer.from(compact, 'base64url').toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
