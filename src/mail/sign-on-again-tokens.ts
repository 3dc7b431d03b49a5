import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppConfig, DEVELOPMENT_TOKEN_SECRET } from '../common/config/app-config.js';

export interface SignOnAgainClaim {
  /** The sign-on on the cancelled event whose details are copied. */
  previousSubscriptionId: string;
  newEventId: string;
}

/**
 * The one-click link of the Adamo case: it names the former sign-on and the new date, signed
 * with the app's secret, so nothing has to be stored and nobody can forge a link for another
 * organisation.
 */
@Injectable()
export class SignOnAgainTokens {
  private readonly secret: string;

  constructor(config: AppConfig) {
    this.secret = `sign-on-again:${config.TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET}`;
  }

  issue(previousSubscriptionId: string, newEventId: string): string {
    const body = `${previousSubscriptionId}.${newEventId}`;
    return `${body}.${this.sign(body)}`;
  }

  /** Undefined for anything this app did not sign. */
  verify(token: string): SignOnAgainClaim | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const [previousSubscriptionId, newEventId, signature] = parts;
    const expected = Buffer.from(this.sign(`${previousSubscriptionId}.${newEventId}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return { previousSubscriptionId, newEventId };
  }

  /**
   * 128 bits of the HMAC: plenty against guessing, and it keeps the token (two uuids and this)
   * under the 100 characters Fastify allows a route parameter.
   */
  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest().subarray(0, 16).toString('base64url');
  }
}
