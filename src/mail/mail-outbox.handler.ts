import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CalendarEventRecord, SignOnRecord } from '../calendar/calendar-reader.js';
import { type CalendarPart, hasTestSlot, partUid } from '../calendar/calendar-components.js';
import { CalendarReader } from '../calendar/calendar-reader.js';
import type { InviteMethod } from '../calendar/invite-builder.js';
import { InviteSequences } from '../calendar/invite-sequences.js';
import { AppConfig } from '../common/config/app-config.js';
import { type OutboxEnvelope, type OutboxHandler, OutboxRelay } from '../common/outbox/outbox-relay.js';
import { OutboxTopic } from '../common/outbox/outbox.js';
import { ACTIVE_STATUSES, SubscriptionStatus } from '../subscriptions/subscription-status.js';
import {
  eventCancelledMail,
  eventCancelledWithoutInviteMail,
  eventMovedMail,
  newDateInvitationMail,
  testSlotCancelledMail,
  testSlotInviteMail,
} from './event-change-mails.js';
import { InvitationMails } from './invitation-mail.planner.js';
import { type InvoiceReminderInput, invoiceReminderMail } from './invitation-mails.js';
import type { MailContent } from './mail-content.js';
import { MailDeliveries, type PlannedMail } from './mail-deliveries.js';
import { feedbackExpiry, FeedbackTokens } from './feedback-tokens.js';
import { feedbackRequestMail } from './feedback-mail.js';
import { feedbackUrl, financeEventUrl, manageUrl, organizerFrom, signOnAgainUrl } from './mail-links.js';
import { uncoveredDeficitMail } from './finance-alert-mail.js';
import { SignOnAgainTokens } from './sign-on-again-tokens.js';
import { confirmationMail, promotionMail, signOnCancelledMail, type SignOnMailInput, waitingListMail } from './sign-on-mails.js';

const TOPICS = [
  OutboxTopic.SubscriptionConfirmed,
  OutboxTopic.SubscriptionWaitlisted,
  OutboxTopic.SubscriptionPromoted,
  OutboxTopic.SubscriptionCancelled,
  OutboxTopic.InvitationCreated,
  OutboxTopic.EventMoved,
  OutboxTopic.EventCancelled,
  OutboxTopic.EventNewDate,
  OutboxTopic.EventStreamed,
  OutboxTopic.InvoiceReminder,
  OutboxTopic.FinanceUncoveredDeficit,
] as const;
type MailTopic = (typeof TOPICS)[number];

type Payload = Record<string, unknown>;
const text = (payload: Payload, key: string) => payload[key] as string;

/**
 * Decides which mails a domain event causes and records them, inside the relay's transaction:
 * the mail rows and their jobs commit together with "message handled", or not at all.
 */
@Injectable()
export class MailOutboxHandler implements OutboxHandler, OnModuleInit {
  readonly name = 'mail';
  readonly topics = TOPICS;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly config: AppConfig,
    private readonly reader: CalendarReader,
    private readonly deliveries: MailDeliveries,
    private readonly invitations: InvitationMails,
    private readonly signOnAgain: SignOnAgainTokens,
    private readonly feedback: FeedbackTokens,
    private readonly sequences: InviteSequences,
  ) {}

  onModuleInit(): void {
    this.relay.register(this);
  }

  async handle(manager: EntityManager, message: OutboxEnvelope): Promise<void> {
    const mails = await this.plan(manager, message);
    await this.deliveries.record(
      manager,
      mails.map((mail) => ({ ...mail, dedupeKey: `outbox:${message.id}:${mail.dedupeKey}` })),
      message.id,
    );
  }

  private async plan(manager: EntityManager, message: OutboxEnvelope): Promise<PlannedMail[]> {
    const payload = message.payload;
    // The relay only hands this handler its own topics.
    switch (message.topic as MailTopic) {
      case OutboxTopic.SubscriptionConfirmed:
        return this.forSignOn(manager, text(payload, 'subscriptionId'), 'confirmation', 'REQUEST', confirmationMail);
      case OutboxTopic.SubscriptionPromoted:
        return this.forSignOn(manager, text(payload, 'subscriptionId'), 'promotion', 'REQUEST', promotionMail);
      case OutboxTopic.SubscriptionWaitlisted:
        return this.waitingList(manager, text(payload, 'subscriptionId'));
      case OutboxTopic.SubscriptionCancelled:
        // Only a confirmed sign-on had an invite that a calendar has to drop.
        if (payload.previousStatus !== SubscriptionStatus.Confirmed) return [];
        return this.forSignOn(manager, text(payload, 'subscriptionId'), 'sign_on_cancelled', 'CANCEL', signOnCancelledMail);
      case OutboxTopic.InvitationCreated:
        return this.invitations.plan(manager, text(payload, 'invitationId'));
      case OutboxTopic.EventMoved:
        return this.eventMoved(manager, payload);
      case OutboxTopic.EventCancelled:
        return this.eventCancelled(manager, payload);
      case OutboxTopic.EventNewDate:
        return this.newDate(manager, payload);
      case OutboxTopic.EventStreamed:
        return this.feedbackRequests(manager, payload);
      case OutboxTopic.InvoiceReminder:
        return [invoiceReminder(payload)];
      case OutboxTopic.FinanceUncoveredDeficit:
        return this.uncoveredDeficit(manager, payload);
    }
  }

  /** One link per satellite that was confirmed when the stream ended; waiting or cancelled ones did not watch. */
  private async feedbackRequests(manager: EntityManager, payload: Payload): Promise<PlannedMail[]> {
    const event = await this.reader.event(text(payload, 'eventId'), manager);
    if (!event) return [];
    const endedAt = new Date(text(payload, 'endedAt'));
    const confirmed = await this.reader.signOnsOfEvent(event.id, [SubscriptionStatus.Confirmed], manager);
    return confirmed.map((signOn) =>
      this.mail(
        'feedback_request',
        signOn,
        feedbackRequestMail({
          contact: { name: signOn.contactName, email: signOn.contactEmail },
          organisationName: signOn.organisationName,
          event,
          url: feedbackUrl(this.config, this.feedback.issue(signOn.id, endedAt)),
          expiresAt: feedbackExpiry(endedAt),
        }),
      ),
    );
  }

  /** Every active finance user; the address is the same one they sign in with. */
  private async uncoveredDeficit(manager: EntityManager, payload: Payload): Promise<PlannedMail[]> {
    const staff = await manager.query<{ id: string; email: string; full_name: string }[]>(
      `SELECT id, email, full_name FROM users WHERE role = 'finance' AND active ORDER BY email`,
    );
    return staff.map((user) => ({
      dedupeKey: user.id,
      kind: 'uncovered_deficit',
      to: { name: user.full_name, email: user.email },
      content: uncoveredDeficitMail({
        recipientName: user.full_name,
        title: text(payload, 'title'),
        committedResultCents: payload.committedResultCents as number,
        acceptedDeficitCents: payload.acceptedDeficitCents as number | null,
        url: financeEventUrl(this.config, text(payload, 'eventId')),
      }),
    }));
  }

  private input(event: CalendarEventRecord, signOn: SignOnRecord, sequence = event.calendarSequence): SignOnMailInput {
    return {
      event,
      contact: { name: signOn.contactName, email: signOn.contactEmail },
      organisationName: signOn.organisationName,
      organizer: organizerFrom(this.config),
      sequence,
      manageUrl: manageUrl(this.config),
    };
  }

  private mail(kind: string, signOn: SignOnRecord, content: MailContent): PlannedMail {
    return { dedupeKey: signOn.id, kind, to: { name: signOn.contactName, email: signOn.contactEmail }, content };
  }

  private async forSignOn(
    manager: EntityManager,
    subscriptionId: string,
    kind: string,
    method: InviteMethod,
    compose: (input: SignOnMailInput) => MailContent,
  ): Promise<PlannedMail[]> {
    const signOn = await this.reader.signOn(subscriptionId, manager);
    const event = signOn && (await this.reader.event(signOn.eventId, manager));
    if (!signOn || !event) return [];
    return this.withInvites(manager, { kind, signOn, event, method, eventSequence: event.calendarSequence }, compose);
  }

  /**
   * The mail with the stream's invite and, when the event has a test slot, a second mail with the
   * test slot's invite: one UID per message (see testSlotInviteMail). Each carries this mailbox's
   * next SEQUENCE for its UID, so a satellite's own cancel or a second sign-on still rises.
   */
  private async withInvites(
    manager: EntityManager,
    about: { kind: string; signOn: SignOnRecord; event: CalendarEventRecord; method: InviteMethod; eventSequence: number },
    compose: (input: SignOnMailInput) => MailContent,
  ): Promise<PlannedMail[]> {
    const { kind, signOn, event, method } = about;
    const mails = [this.mail(kind, signOn, compose(await this.inviteInput(manager, about, 'stream')))];
    if (hasTestSlot(event)) {
      const testSlot = testSlotInviteMail(await this.inviteInput(manager, about, 'test-slot'), method);
      mails.push({ ...this.mail(`${kind}_test_slot`, signOn, testSlot), dedupeKey: `${signOn.id}:test-slot` });
    }
    return mails;
  }

  private async inviteInput(
    manager: EntityManager,
    about: { signOn: SignOnRecord; event: CalendarEventRecord; eventSequence: number },
    part: CalendarPart,
  ): Promise<SignOnMailInput> {
    const { signOn, event } = about;
    const sequence = await this.sequences.next(manager, partUid(event.id, part), signOn.contactEmail, about.eventSequence);
    return this.input(event, signOn, sequence);
  }

  private async waitingList(manager: EntityManager, subscriptionId: string): Promise<PlannedMail[]> {
    const signOn = await this.reader.signOn(subscriptionId, manager);
    const event = signOn && (await this.reader.event(signOn.eventId, manager));
    if (!signOn || !event) return [];
    const [row] = await manager.query<{ position: string }[]>(
      `SELECT count(*) AS position FROM subscriptions w, subscriptions s
        WHERE s.id = $1 AND w.event_id = s.event_id AND w.status = 'waitlisted' AND w.queue_number <= s.queue_number`,
      [subscriptionId],
    );
    const position = Number(row.position);
    // Promoted (or cancelled) before this message was handled: the promotion mail says enough.
    if (signOn.status !== SubscriptionStatus.Waitlisted || position < 1) return [];
    return [this.mail('waiting_list', signOn, waitingListMail({ ...this.input(event, signOn), position }))];
  }

  private async eventMoved(manager: EntityManager, payload: Payload): Promise<PlannedMail[]> {
    const event = await this.reader.event(text(payload, 'eventId'), manager);
    if (!event) return [];
    const [previousCentre] = await manager.query<{ name: string; municipality: string }[]>(
      'SELECT name, municipality FROM organisations WHERE id = $1',
      [payload.previousLaunchCentreId],
    );
    const previousStartsAt = new Date(text(payload, 'previousStartsAt'));
    const previous = {
      startsAt: previousStartsAt,
      // Older messages carry only the start; the duration then is today's.
      endsAt: payload.previousEndsAt
        ? new Date(text(payload, 'previousEndsAt'))
        : new Date(previousStartsAt.getTime() + event.endsAt.getTime() - event.startsAt.getTime()),
      launchCentreName: previousCentre?.name ?? event.launchCentreName,
      launchCentreMunicipality: previousCentre?.municipality ?? event.launchCentreMunicipality,
    };
    const sequence = payload.sequence as number;
    // Older messages do not say whether there was a test slot; then nothing is cancelled.
    const previousTestSlot =
      payload.previousTestSlotStartsAt && payload.previousTestSlotEndsAt && !event.testSlotStartsAt
        ? {
            startsAt: new Date(text(payload, 'previousTestSlotStartsAt')),
            endsAt: new Date(text(payload, 'previousTestSlotEndsAt')),
          }
        : null;
    const confirmed = await this.reader.signOnsOfEvent(event.id, [SubscriptionStatus.Confirmed], manager);
    const mails: PlannedMail[] = [];
    for (const signOn of confirmed) {
      const about = { kind: 'event_moved', signOn, event, method: 'REQUEST' as const, eventSequence: sequence };
      mails.push(...(await this.withInvites(manager, about, (input) => eventMovedMail({ ...input, previous }))));
      if (previousTestSlot) {
        const slotEvent = { ...event, testSlotStartsAt: previousTestSlot.startsAt, testSlotEndsAt: previousTestSlot.endsAt };
        const input = await this.inviteInput(manager, { ...about, event: slotEvent }, 'test-slot');
        const dropped = this.mail('test_slot_cancelled', signOn, testSlotCancelledMail({ ...input, previousTestSlot }));
        mails.push({ ...dropped, dedupeKey: `${signOn.id}:test-slot` });
      }
    }
    return mails;
  }

  private async eventCancelled(manager: EntityManager, payload: Payload): Promise<PlannedMail[]> {
    const event = await this.reader.event(text(payload, 'eventId'), manager);
    if (!event) return [];
    const sequence = payload.sequence as number;
    const reason = (payload.reason as string | undefined) ?? event.cancellationReason;
    const signOns = await this.reader.signOnsOfEvent(event.id, ACTIVE_STATUSES, manager);
    const mails: PlannedMail[] = [];
    for (const signOn of signOns) {
      if (signOn.status !== SubscriptionStatus.Confirmed) {
        const input = { ...this.input(event, signOn), reason };
        mails.push(this.mail('event_cancelled_plain', signOn, eventCancelledWithoutInviteMail(input)));
        continue;
      }
      const about = { kind: 'event_cancelled', signOn, event, method: 'CANCEL' as const, eventSequence: sequence };
      mails.push(...(await this.withInvites(manager, about, (input) => eventCancelledMail({ ...input, reason }))));
    }
    return mails;
  }

  private async newDate(manager: EntityManager, payload: Payload): Promise<PlannedMail[]> {
    const [newEvent, cancelled] = await Promise.all([
      this.reader.event(text(payload, 'eventId'), manager),
      this.reader.event(text(payload, 'previousEventId'), manager),
    ]);
    if (!newEvent || !cancelled) return [];
    const priorityUntil = new Date(text(payload, 'priorityUntil'));
    const former = await this.reader.signOnsOfEvent(cancelled.id, ACTIVE_STATUSES, manager);
    return former.map((signOn) =>
      this.mail(
        'new_date',
        signOn,
        newDateInvitationMail({
          contact: { name: signOn.contactName, email: signOn.contactEmail },
          organisationName: signOn.organisationName,
          cancelledEvent: cancelled,
          newEvent,
          signOnUrl: signOnAgainUrl(this.config, this.signOnAgain.issue(signOn.id, newEvent.id)),
          priorityUntil,
        }),
      ),
    );
  }
}

/** Everything the reminder shows travels in the message, as it was when the reminder was asked for. */
function invoiceReminder(payload: Payload): PlannedMail {
  const input: InvoiceReminderInput = {
    contact: payload.contact as InvoiceReminderInput['contact'],
    organisationName: text(payload, 'organisationName'),
    invoiceNumber: text(payload, 'invoiceNumber'),
    openAmountCents: payload.openAmountCents as number,
    dueDate: text(payload, 'dueDate'),
    iban: text(payload, 'iban'),
    structuredCommunication: text(payload, 'structuredCommunication'),
    payUrl: (payload.payUrl as string | undefined) ?? null,
  };
  return { dedupeKey: 'invoice-reminder', kind: 'invoice_reminder', to: input.contact, content: invoiceReminderMail(input) };
}
