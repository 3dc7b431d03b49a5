import { Injectable } from '@nestjs/common';
import { AppConfig, DEVELOPMENT_TOKEN_SECRET } from '../common/config/app-config.js';
import { compactTime, compactUuid, fullUuid, SignedToken, timeFromCompact } from '../common/signing/signed-token.js';

/** How long a satellite can answer (and change its answer) after the stream ended. */
export const FEEDBACK_LINK_DAYS = 30;

export type FeedbackClaim =
  { kind: 'valid'; subscriptionId: string; expiresAt: Date } | { kind: 'expired'; expiresAt: Date } | { kind: 'invalid' };

/**
 * The link in the mail after a stream: it names the sign-on and when it stops working, signed
 * with the app's secret, so a satellite answers without a login and cannot answer for another.
 */
@Injectable()
export class FeedbackTokens {
  private readonly signer: SignedToken;

  constructor(config: AppConfig) {
    this.signer = new SignedToken(config.TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET, 'stream-feedback');
  }

  issue(subscriptionId: string, streamEndedAt: Date): string {
    return this.signer.sign([compactUuid(subscriptionId), compactTime(feedbackExpiry(streamEndedAt))]);
  }

  /** Tells an expired link (a signature that holds, but too late) from one this app never made. */
  verify(token: string, now = new Date()): FeedbackClaim {
    const fields = this.signer.open(token, 2);
    if (!fields) return { kind: 'invalid' };
    const expiresAt = timeFromCompact(fields[1]);
    if (now.getTime() >= expiresAt.getTime()) return { kind: 'expired', expiresAt };
    return { kind: 'valid', subscriptionId: fullUuid(fields[0]), expiresAt };
  }
}

export const feedbackExpiry = (streamEndedAt: Date) => new Date(streamEndedAt.getTime() + FEEDBACK_LINK_DAYS * 86_400_000);
