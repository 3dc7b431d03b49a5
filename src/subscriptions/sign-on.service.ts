import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxTopic } from '../common/outbox/outbox.js';
import { EventStatus } from '../events/event-status.js';
import { shareTariff } from './cost-sharing.js';
import type { SignOnDto } from './dto/sign-on.dto.js';
import type { Subscription } from './entities/subscription.entity.js';
import { Audience, type CostSharing, SubscriptionStatus } from './subscription-status.js';
import { OnlinePaymentPolicy } from './online-payment.policy.js';
import { SubscriptionsRepository, type LockedEvent } from './subscriptions.repository.js';
import { statusForNewSignOn } from './waitlist-rules.js';

export interface SignOnRequest {
  eventId: string;
  organisationId: string;
  audience: Audience;
  /** Null when a one-click link from a mail signs on, without anyone signed in. */
  actorUserId: string | null;
  details: SignOnDto;
  sponsorship?: { sponsorOrganisationId: string; sharing: CostSharing; satelliteFixedCents: number | null; invitationId: string };
}

const OUTBOX_TOPIC_FOR_NEW = {
  [SubscriptionStatus.Confirmed]: OutboxTopic.SubscriptionConfirmed,
  [SubscriptionStatus.PendingPayment]: OutboxTopic.SubscriptionPendingPayment,
  [SubscriptionStatus.Waitlisted]: OutboxTopic.SubscriptionWaitlisted,
} as const;

export interface SignedOn {
  kind: 'confirmed' | 'pending_payment' | 'waitlisted';
  subscription: Pick<Subscription, 'id'>;
}

export type NotSignedOn =
  | { kind: 'already_signed_on'; existingSubscriptionId: string }
  | { kind: 'past_deadline' }
  | { kind: 'priority_window'; until: Date }
  | { kind: 'not_open'; status: EventStatus }
  | { kind: 'event_not_found' };

export type SignOnOutcome = SignedOn | NotSignedOn;

export const isSignedOn = (outcome: SignOnOutcome): outcome is SignedOn =>
  outcome.kind === 'confirmed' || outcome.kind === 'pending_payment' || outcome.kind === 'waitlisted';

/**
 * The one place where a sign-on is decided. It runs inside the caller's transaction, behind the
 * event's row lock, so the place count it reads cannot change before its insert commits.
 */
@Injectable()
export class SignOnService {
  constructor(
    private readonly subscriptions: SubscriptionsRepository,
    private readonly onlinePayment: OnlinePaymentPolicy,
  ) {}

  async attempt(manager: EntityManager, request: SignOnRequest, now = new Date()): Promise<SignOnOutcome> {
    const event = await this.subscriptions.lockEvent(manager, request.eventId);
    if (!event || event.status === EventStatus.Draft) return { kind: 'event_not_found' };
    if (event.status !== EventStatus.Published) return { kind: 'not_open', status: event.status };
    if (event.signOnDeadline <= now) return { kind: 'past_deadline' };
    const placed = await this.subscriptions.placesAndOwnSignOns(manager, event.id, request.organisationId, event.previousEventId);
    if (placed.activeId) return { kind: 'already_signed_on', existingSubscriptionId: placed.activeId };
    // The former satellites are those still signed on to the cancelled event, as the new-date mail counts them.
    if (event.previousEventId && event.priorityUntil && event.priorityUntil > now && !placed.activeOnPreviousId) {
      return { kind: 'priority_window', until: event.priorityUntil };
    }

    const tariffCents = tariffFor(event, request.audience);
    const shares = shareTariff(
      tariffCents,
      request.sponsorship?.sharing ?? null,
      request.sponsorship?.satelliteFixedCents ?? null,
    );
    const paysOnline = await this.onlinePayment.paysOnline(manager, request.organisationId, {
      satelliteShareCents: shares.satelliteShareCents,
      vatRatePercent: event.vatRatePercent,
    });
    const status = statusForNewSignOn(event.capacity, placed.placesTaken, paysOnline);
    const id = await this.subscriptions.insertSignOn(
      manager,
      {
        eventId: event.id,
        organisationId: request.organisationId,
        audience: request.audience,
        status,
        contactName: request.details.contactName,
        contactEmail: request.details.contactEmail.toLowerCase(),
        contactPhone: request.details.contactPhone,
        screens: request.details.screens,
        expectedViewers: request.details.expectedViewers,
        notes: request.details.notes ?? '',
        tariffCents,
        vatRatePercent: event.vatRatePercent,
        sponsorOrganisationId: request.sponsorship?.sponsorOrganisationId ?? null,
        invitationId: request.sponsorship?.invitationId ?? null,
        ...shares,
      },
      request.actorUserId,
      OUTBOX_TOPIC_FOR_NEW[status],
    );
    return { kind: status, subscription: { id } };
  }
}

function tariffFor(event: LockedEvent, audience: Audience): number {
  return audience === Audience.CultureHouse ? event.cultureHouseTariffCents : event.careCentreTariffCents;
}
