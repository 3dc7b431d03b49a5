import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { AppConfig } from '../common/config/app-config.js';
import { lockingTransaction } from '../common/database/locked-transaction.js';
import { ProblemException } from '../common/errors/problem.js';
import { toExcelCsv } from '../common/http/excel-csv.js';
import type { Page } from '../common/http/pagination.dto.js';
import { addToOutbox, OutboxTopic } from '../common/outbox/outbox.js';
import { eventNotFound } from '../events/events.service.js';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import type { CancelSubscriptionDto } from './dto/cancel-subscription.dto.js';
import type { SignOnDto } from './dto/sign-on.dto.js';
import {
  EventSubscriptionsView,
  StatusChangeView,
  SubscriptionView,
  toSubscriptionView,
  type Visibility,
} from './dto/subscription.view.js';
import type { Subscription } from './entities/subscription.entity.js';
import { signOnProblem } from './sign-on-problems.js';
import { isSignedOn, SignOnService } from './sign-on.service.js';
import { Audience, PLACE_HOLDING_STATUSES, SubscriptionStatus } from './subscription-status.js';
import { SubscriptionProblems } from './subscriptions.errors.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';
import { WaitlistService } from './waitlist.service.js';

const isStaff = (user: AuthenticatedUser) => user.role === Role.Admin || user.role === Role.Finance;

@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly signOns: SignOnService,
    private readonly waitlist: WaitlistService,
  ) {}

  async signOn(eventId: string, user: AuthenticatedUser, details: SignOnDto): Promise<SubscriptionView> {
    const audience = audienceOf(user);
    const outcome = await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, (manager) =>
      this.signOns.attempt(manager, { eventId, organisationId: user.organisationId, audience, actorUserId: user.id, details }),
    );
    if (!isSignedOn(outcome)) throw signOnProblem(outcome, eventId);
    return this.view(outcome.subscription.id, 'full');
  }

  async listMine(user: AuthenticatedUser, limit: number, offset: number): Promise<Page<SubscriptionView>> {
    const [items, total] = await this.subscriptions.listVisibleTo(user.organisationId, limit, offset);
    const positions = await this.subscriptions.waitlistPositions(this.dataSource.manager, waitingIds(items));
    return {
      items: items.map((item) =>
        toSubscriptionView(item, visibilityFor(item, user) ?? 'without_contact', positions.get(item.id) ?? null),
      ),
      total,
    };
  }

  async get(id: string, user: AuthenticatedUser): Promise<SubscriptionView> {
    const subscription = await this.requireVisible(id, user);
    return this.view(subscription.id, visibilityFor(subscription, user) ?? 'without_contact');
  }

  async history(id: string, user: AuthenticatedUser): Promise<StatusChangeView[]> {
    await this.requireVisible(id, user);
    return (await this.subscriptions.history(id)).map((change) => StatusChangeView.of(change));
  }

  /**
   * The satellite may cancel until the sign-on deadline; after it only an admin can, at any time.
   * A freed place goes to the first on the waiting list in the same transaction.
   */
  async cancel(id: string, user: AuthenticatedUser, input: CancelSubscriptionDto): Promise<SubscriptionView> {
    const subscription = await this.subscriptions.findWithDetails(id);
    const isAdmin = user.role === Role.Admin;
    if (!subscription || (!isAdmin && subscription.organisationId !== user.organisationId)) throw notFound(id);

    await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
      const event = await this.subscriptions.lockEvent(manager, subscription.eventId);
      const locked = await this.subscriptions.lockSubscription(manager, id);
      if (!event || !locked) throw notFound(id);
      if (locked.status === SubscriptionStatus.Cancelled || locked.status === SubscriptionStatus.Expired) {
        throw new ProblemException(SubscriptionProblems.alreadyCancelled, 'Deze intekening is al geannuleerd.');
      }
      if (!isAdmin && event.signOnDeadline <= new Date()) {
        throw new ProblemException(
          SubscriptionProblems.cancellationClosed,
          'De uiterste intekendatum is voorbij. Neem contact op met Satelliet om nog te annuleren.',
        );
      }
      await this.subscriptions.setStatus(manager, [id], SubscriptionStatus.Cancelled);
      await this.subscriptions.recordChanges(manager, [
        {
          subscriptionId: id,
          fromStatus: locked.status,
          toStatus: SubscriptionStatus.Cancelled,
          changedByUserId: user.id,
          reason: input.reason,
        },
      ]);
      await addToOutbox(manager, OutboxTopic.SubscriptionCancelled, {
        subscriptionId: id,
        eventId: event.id,
        previousStatus: locked.status,
        byAdmin: isAdmin,
      });
      if ((PLACE_HOLDING_STATUSES as readonly SubscriptionStatus[]).includes(locked.status)) {
        await this.waitlist.promoteInto(manager, event, 'Plaats vrijgekomen door annulering');
      }
    });
    return this.view(id, 'full');
  }

  async listForEvent(eventId: string): Promise<EventSubscriptionsView> {
    const items = await this.subscriptions.listForEvent(eventId);
    if (items.length === 0 && !(await this.eventExists(eventId))) throw eventNotFound(eventId);
    const positions = await this.subscriptions.waitlistPositions(this.dataSource.manager, waitingIds(items));
    return {
      items: items.map((item) => toSubscriptionView(item, 'full', positions.get(item.id) ?? null)),
      total: items.length,
      totals: await this.subscriptions.totalsForEvent(eventId),
    };
  }

  async exportForEvent(eventId: string): Promise<string> {
    const { items } = await this.listForEvent(eventId);
    return toExcelCsv(
      [
        'Organisatie',
        'Soort',
        'Status',
        'Wachtlijst',
        'Contactpersoon',
        'E-mail',
        'Telefoon',
        'Schermen',
        'Kijkers',
        'Tarief (cent excl. btw)',
        'Btw %',
        'Cultuurhuis betaalt (cent)',
        'Satelliet betaalt (cent)',
        'Opmerkingen',
      ],
      items.map((item) => [
        item.organisation.name,
        item.audience === Audience.CultureHouse ? 'cultuurhuis' : 'zorgcentrum',
        item.status,
        item.waitlistPosition,
        item.contactName,
        item.contactEmail,
        item.contactPhone,
        item.screens,
        item.expectedViewers,
        item.tariffCents,
        item.vatRatePercent,
        item.sponsorShareCents,
        item.satelliteShareCents,
        item.notes,
      ]),
    );
  }

  private async view(id: string, visibility: Visibility): Promise<SubscriptionView> {
    const subscription = await this.subscriptions.findWithDetails(id);
    if (!subscription) throw notFound(id);
    const positions = await this.subscriptions.waitlistPositions(this.dataSource.manager, waitingIds([subscription]));
    return toSubscriptionView(subscription, visibility, positions.get(id) ?? null);
  }

  private async requireVisible(id: string, user: AuthenticatedUser): Promise<Subscription> {
    const subscription = await this.subscriptions.findWithDetails(id);
    if (!subscription || !visibilityFor(subscription, user)) throw notFound(id);
    return subscription;
  }

  private async eventExists(eventId: string): Promise<boolean> {
    return (await this.dataSource.query<unknown[]>('SELECT 1 FROM events WHERE id = $1', [eventId])).length > 0;
  }
}

/** Own organisation and staff see everything; the sponsoring culture house sees it without contact details. */
function visibilityFor(subscription: Subscription, user: AuthenticatedUser): Visibility | undefined {
  if (isStaff(user) || subscription.organisationId === user.organisationId) return 'full';
  if (subscription.sponsorOrganisationId === user.organisationId) return 'without_contact';
  return undefined;
}

export function audienceOf(user: AuthenticatedUser): Audience {
  if (user.organisationKind === OrganisationKind.CultureHouse) return Audience.CultureHouse;
  if (user.organisationKind === OrganisationKind.CareCentre) return Audience.CareCentre;
  throw new ProblemException(SubscriptionProblems.notASatellite, 'Enkel cultuurhuizen en zorgcentra kunnen intekenen.');
}

function waitingIds(items: Subscription[]): string[] {
  return items.filter((item) => item.status === SubscriptionStatus.Waitlisted).map((item) => item.id);
}

function notFound(id: string) {
  return new ProblemException(SubscriptionProblems.notFound, `Er is geen intekening met id ${id} die u mag zien.`);
}
