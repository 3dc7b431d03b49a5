import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { addToOutbox, OutboxTopic } from '../common/outbox/outbox.js';
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
  subscription: Subscription;
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
    const existing = await this.subscriptions.findActiveId(manager, event.id, request.organisationId);
    if (existing) return { kind: 'already_signed_on', existingSubscriptionId: existing };
    if (event.previousEventId && event.priorityUntil && event.priorityUntil > now) {
      // The former satellites are those still signed on to the cancelled event, as the new-date mail counts them.
      const former = await this.subscriptions.findActiveId(manager, event.previousEventId, request.organisationId);
      if (!former) return { kind: 'priority_window', until: event.priorityUntil };
    }

    const tariffCents = tariffFor(event, request.audience);
    const shares = shareTariff(
      tariffCents,
      request.sponsorship?.sharing ?? null,
      request.sponsorship?.satelliteFixedCents ?? null,
    );
    const paysOnline = await this.onlinePayment.paysOnline(manager, request.organisationId, shares.satelliteShareCents);
    const status = statusForNewSignOn(event.capacity, await this.subscriptions.countPlacesTaken(manager, event.id), paysOnline);
    const subscription = await this.subscriptions.insert(manager, {
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
    });
    await this.subscriptions.recordChanges(manager, [
      { subscriptionId: subscription.id, fromStatus: null, toStatus: status, changedByUserId: request.actorUserId },
    ]);
    await addToOutbox(manager, OUTBOX_TOPIC_FOR_NEW[status], {
      subscriptionId: subscription.id,
      eventId: event.id,
      organisationId: request.organisationId,
    });
    return { kind: status, subscription };
  }
}

function tariffFor(event: LockedEvent, audience: Audience): number {
  return audience === Audience.CultureHouse ? event.cultureHouseTariffCents : event.careCentreTariffCents;
}
