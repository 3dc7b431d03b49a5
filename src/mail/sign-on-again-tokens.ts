import { Injectable } from '@nestjs/common';
import { AppConfig, DEVELOPMENT_TOKEN_SECRET } from '../common/config/app-config.js';
import { compactTime, compactUuid, fullUuid, SignedToken, timeFromCompact } from '../common/signing/signed-token.js';

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
  private readonly signer: SignedToken;

  constructor(config: AppConfig) {
    this.signer = new SignedToken(config.TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET, 'sign-on-again');
  }

  issue(previousSubscriptionId: string, newEventId: string, now = new Date()): string {
    return this.signer.sign([compactUuid(previousSubscriptionId), compactUuid(newEventId), compactTime(now)]);
  }

  /** Undefined for anything this app did not sign, and for a link past its time. */
  verify(token: string, now = new Date()): SignOnAgainClaim | undefined {
    const fields = this.signer.open(token, 3);
    if (!fields) return undefined;
    const [previous, next, issued] = fields;
    const issuedAt = timeFromCompact(issued);
    if (now.getTime() - issuedAt.getTime() > SIGN_ON_AGAIN_LINK_DAYS * 86_400_000) return undefined;
    return { previousSubscriptionId: fullUuid(previous), newEventId: fullUuid(next), issuedAt };
  }
}
