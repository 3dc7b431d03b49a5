import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CalendarProblems } from '../calendar/calendar.errors.js';
import { type CalendarEventRecord, CalendarReader } from '../calendar/calendar-reader.js';
import { AppConfig } from '../common/config/app-config.js';
import { lockingTransaction } from '../common/database/locked-transaction.js';
import { ProblemException } from '../common/errors/problem.js';
import { signOnProblem } from '../subscriptions/sign-on-problems.js';
import { isSignedOn, type SignOnRequest, SignOnService } from '../subscriptions/sign-on.service.js';
import {
  ACTIVE_STATUSES,
  type Audience,
  type CostSharing,
  type SubscriptionStatus,
} from '../subscriptions/subscription-status.js';
import { type SignOnAgainClaim, SignOnAgainTokens } from './sign-on-again-tokens.js';

/** What the one-click page shows before the click. */
export interface SignOnAgainOffer {
  organisationName: string;
  event: CalendarEventRecord;
  priorityUntil: Date | null;
  /** Set when the organisation is already signed on to the new date. */
  existing: { subscriptionId: string; status: SubscriptionStatus } | null;
}

export interface SignedOnAgain {
  organisationName: string;
  subscriptionId: string;
  status: SubscriptionStatus;
  /** True when an earlier click (or sign-on) already did it: the link may be clicked twice. */
  alreadySignedOn: boolean;
  event: CalendarEventRecord;
}

interface PreviousSignOn {
  organisation_id: string;
  organisation_name: string;
  audience: Audience;
  contact_name: string;
  contact_email: string;
  contact_phone: string;
  screens: number;
  expected_viewers: number;
  notes: string;
  sponsor_organisation_id: string | null;
  invitation_id: string | null;
  cost_sharing: CostSharing | null;
  invitation_satellite_share_cents: number | null;
  priority_until: Date | null;
}

const invalidLink = () =>
  new ProblemException(
    CalendarProblems.signOnAgainLinkInvalid,
    'Deze link om opnieuw in te tekenen klopt niet. Gebruik de link uit de mail, of teken in via het programma.',
  );

/**
 * Signs a former satellite on to the new date of its cancelled event, with the contact details
 * (and the culture house's sponsorship) of its former sign-on: the mail's one click.
 */
@Injectable()
export class SignOnAgainService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly tokens: SignOnAgainTokens,
    private readonly reader: CalendarReader,
    private readonly signOns: SignOnService,
  ) {}

  async offer(token: string): Promise<SignOnAgainOffer> {
    const claim = this.claim(token);
    const [previous, event] = await Promise.all([
      this.previous(this.dataSource.manager, claim),
      this.reader.event(claim.newEventId),
    ]);
    if (!previous || !event) throw invalidLink();
    const [existing] = await this.dataSource.query<{ id: string; status: SubscriptionStatus }[]>(
      `SELECT id, status FROM subscriptions WHERE event_id = $1 AND organisation_id = $2 AND status = ANY($3::subscription_status[])`,
      [event.id, previous.organisation_id, ACTIVE_STATUSES],
    );
    return {
      organisationName: previous.organisation_name,
      event,
      priorityUntil: previous.priority_until,
      existing: existing ? { subscriptionId: existing.id, status: existing.status } : null,
    };
  }

  /** Idempotent: a second click answers with the sign-on the first one made. */
  async signOn(token: string, eventId?: string): Promise<SignedOnAgain> {
    const claim = this.claim(token);
    if (eventId !== undefined && claim.newEventId !== eventId) throw invalidLink();
    const event = await this.reader.event(claim.newEventId);
    if (!event) throw invalidLink();
    const result = await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
      const previous = await this.previous(manager, claim);
      if (!previous) throw invalidLink();
      const outcome = await this.signOns.attempt(manager, request(claim.newEventId, previous));
      const organisationName = previous.organisation_name;
      if (isSignedOn(outcome)) return { organisationName, subscriptionId: outcome.subscription.id, alreadySignedOn: false };
      if (outcome.kind === 'already_signed_on') {
        return { organisationName, subscriptionId: outcome.existingSubscriptionId, alreadySignedOn: true };
      }
      throw signOnProblem(outcome, claim.newEventId);
    });
    const [row] = await this.dataSource.query<{ status: SubscriptionStatus }[]>(
      'SELECT status FROM subscriptions WHERE id = $1',
      [result.subscriptionId],
    );
    return { ...result, status: row.status, event };
  }

  private claim(token: string): SignOnAgainClaim {
    const claim = this.tokens.verify(token);
    if (!claim) throw invalidLink();
    return claim;
  }

  /**
   * The former sign-on, only when the claimed new date really replaces its event and the
   * organisation is active and was not deactivated after the link was made.
   */
  private async previous(manager: EntityManager, claim: SignOnAgainClaim): Promise<PreviousSignOn | undefined> {
    const [row] = await manager.query<PreviousSignOn[]>(
      `SELECT s.organisation_id, o.name AS organisation_name, s.audience, s.contact_name, s.contact_email, s.contact_phone,
              s.screens, s.expected_viewers, s.notes, s.sponsor_organisation_id, s.invitation_id,
              i.cost_sharing, i.satellite_share_cents AS invitation_satellite_share_cents, e.priority_until
         FROM subscriptions s
         JOIN organisations o ON o.id = s.organisation_id
         JOIN events e ON e.previous_event_id = s.event_id AND e.id = $2
         LEFT JOIN invitations i ON i.id = s.invitation_id
        WHERE s.id = $1
          AND o.active AND (o.links_revoked_at IS NULL OR o.links_revoked_at < $3)`,
      [claim.previousSubscriptionId, claim.newEventId, claim.issuedAt],
    );
    return row;
  }
}

function request(eventId: string, previous: PreviousSignOn): SignOnRequest {
  return {
    eventId,
    organisationId: previous.organisation_id,
    audience: previous.audience,
    actorUserId: null,
    details: {
      contactName: previous.contact_name,
      contactEmail: previous.contact_email,
      contactPhone: previous.contact_phone,
      screens: previous.screens,
      expectedViewers: previous.expected_viewers,
      notes: previous.notes,
    },
    // The culture house that paid for the cancelled date pays for the same show on its new date.
    sponsorship:
      previous.sponsor_organisation_id && previous.invitation_id && previous.cost_sharing
        ? {
            sponsorOrganisationId: previous.sponsor_organisation_id,
            sharing: previous.cost_sharing,
            satelliteFixedCents: previous.invitation_satellite_share_cents,
            invitationId: previous.invitation_id,
          }
        : undefined,
  };
}
