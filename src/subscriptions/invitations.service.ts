import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AuthService } from '../accounts/auth.service.js';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { AppConfig } from '../common/config/app-config.js';
import { lockingTransaction } from '../common/database/locked-transaction.js';
import { ProblemException } from '../common/errors/problem.js';
import { addToOutbox, OutboxTopic } from '../common/outbox/outbox.js';
import { eventNotFound } from '../events/events.service.js';
import type { Organisation } from '../organisations/entities/organisation.entity.js';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import type { AcceptWithRegistrationDto, CreateInvitationDto } from './dto/invitation.dto.js';
import { CreatedInvitationView, InvitationView, type AcceptedWithRegistrationView } from './dto/invitation.dto.js';
import type { SignOnDto } from './dto/sign-on.dto.js';
import type { SubscriptionView } from './dto/subscription.view.js';
import { Invitation, InvitationStatus } from './entities/invitation.entity.js';
import { signOnProblem } from './sign-on-problems.js';
import { isSignedOn, SignOnService } from './sign-on.service.js';
import { Audience } from './subscription-status.js';
import { SubscriptionProblems } from './subscriptions.errors.js';
import { SubscriptionsService } from './subscriptions.service.js';

/** A culture house invites care centres to an event and says who pays ("kosten delen met zorgpartners"). */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly organisations: OrganisationsRepository,
    private readonly signOns: SignOnService,
    private readonly subscriptions: SubscriptionsService,
    private readonly auth: AuthService,
  ) {}

  async create(eventId: string, user: AuthenticatedUser, input: CreateInvitationDto): Promise<CreatedInvitationView> {
    if (user.organisationKind !== OrganisationKind.CultureHouse) {
      throw new ProblemException(SubscriptionProblems.notACultureHouse, 'Enkel cultuurhuizen kunnen zorgcentra uitnodigen.');
    }
    const [event] = await this.dataSource.query<{ status: string; sign_on_deadline: Date }[]>(
      `SELECT status, sign_on_deadline FROM events WHERE id = $1`,
      [eventId],
    );
    if (!event || event.status === 'draft') throw eventNotFound(eventId);
    if (event.status !== 'published' || event.sign_on_deadline <= new Date()) {
      throw new ProblemException(SubscriptionProblems.eventNotOpen, 'Voor deze voorstelling kan niemand meer intekenen.');
    }
    if (input.organisationId) {
      const invitee = await this.organisations.findById(input.organisationId);
      if (!invitee || invitee.kind !== OrganisationKind.CareCentre) {
        throw new ProblemException(SubscriptionProblems.invalidInvitee, 'U kunt enkel een zorgcentrum uitnodigen.', {
          errors: [{ field: 'organisationId', message: 'is geen bekend zorgcentrum' }],
        });
      }
    }
    const terms = {
      eventId,
      inviterOrganisationId: user.organisationId,
      inviteeOrganisationId: input.organisationId ?? null,
      inviteeEmail: input.organisationId ? null : (input.email ?? null),
      costSharing: input.costSharing,
      satelliteShareCents: input.careCentreShareCents ?? null,
      message: input.message ?? '',
    };
    const invitation = await this.dataSource.transaction(async (manager) => {
      // A double submit must not invite twice: invitations_one_open_idx lets one INSERT through and the
      // others, after it commits, find its row and answer with it (idempotent, same id).
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Invitation)
        .values({ ...terms, token: randomBytes(32).toString('base64url') })
        .orIgnore()
        .returning('id')
        .execute();
      const insertedId = (inserted.raw as { id: string }[])[0]?.id;
      if (!insertedId) return this.openTwin(manager, terms);
      await addToOutbox(manager, OutboxTopic.InvitationCreated, { invitationId: insertedId, eventId });
      return manager.getRepository(Invitation).findOneByOrFail({ id: insertedId });
    });
    return { ...InvitationView.of(invitation), acceptUrl: this.acceptUrl(invitation.token) };
  }

  /** Invitations my organisation sent, or received as a care centre with an account. */
  async listMine(user: AuthenticatedUser): Promise<InvitationView[]> {
    return (await this.findMine(user)).map((invitation) => InvitationView.of(invitation));
  }

  /**
   * My invitations as the pages show them: with the other party's name and, where I may open it,
   * the link. The link is the invitation's key, so only its sender gets it, and the care centre
   * invited while the invitation is open.
   */
  async listMineWithParties(user: AuthenticatedUser): Promise<MyInvitation[]> {
    const invitations = await this.findMine(user);
    const partyIds = invitations.flatMap((invitation) =>
      [invitation.inviterOrganisationId, invitation.inviteeOrganisationId ?? []].flat(),
    );
    const names = new Map(
      (await this.organisations.findByIds([...new Set(partyIds)])).map((organisation) => [organisation.id, organisation.name]),
    );
    return invitations.map((invitation) => {
      const sent = invitation.inviterOrganisationId === user.organisationId;
      const opens = sent || invitation.status === InvitationStatus.Open;
      return {
        invitation: InvitationView.of(invitation),
        sent,
        inviterName: names.get(invitation.inviterOrganisationId) ?? '',
        inviteeName: invitation.inviteeOrganisationId
          ? (names.get(invitation.inviteeOrganisationId) ?? '')
          : (invitation.inviteeEmail ?? ''),
        linkPath: opens ? `/uitnodigingen/${invitation.token}` : null,
      };
    });
  }

  /** Who sent an invitation, as the invited care centre reads it. */
  async inviterNameOf(invitation: InvitationView): Promise<string | null> {
    return (await this.organisations.findById(invitation.inviterOrganisationId))?.name ?? null;
  }

  /** One invitation my organisation sent, with its link and the organisation invited, as when it was made. */
  async getSent(user: AuthenticatedUser, id: string): Promise<SentInvitation> {
    const invitation = await this.dataSource
      .getRepository(Invitation)
      .findOneBy({ id, inviterOrganisationId: user.organisationId });
    if (!invitation) throw invitationNotFound();
    const invitee = invitation.inviteeOrganisationId ? await this.organisations.findById(invitation.inviteeOrganisationId) : null;
    return { invitation: { ...InvitationView.of(invitation), acceptUrl: this.acceptUrl(invitation.token) }, invitee };
  }

  async findByToken(token: string): Promise<InvitationView> {
    return InvitationView.of(await this.requireByToken(token));
  }

  /** A care centre with an account accepts: its sign-on records the sponsor and who owes what. */
  async accept(invitationId: string, user: AuthenticatedUser, details: SignOnDto): Promise<SubscriptionView> {
    const invitation = await this.dataSource.getRepository(Invitation).findOneBy({ id: invitationId });
    if (!invitation || invitation.inviteeOrganisationId !== user.organisationId) throw invitationNotFound();
    const subscriptionId = await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, (manager) =>
      this.acceptWithin(manager, invitation.id, user.organisationId, user.id, details),
    );
    return this.subscriptions.get(subscriptionId, user);
  }

  /**
   * The e-mail link opened by a signed-in care centre. An invitation sent to an address names no
   * organisation yet; holding its token is the same proof the registration path accepts.
   */
  async acceptByToken(token: string, user: AuthenticatedUser, details: SignOnDto): Promise<SubscriptionView> {
    const invitation = await this.requireByToken(token);
    if (invitation.inviteeOrganisationId !== null && invitation.inviteeOrganisationId !== user.organisationId) {
      throw invitationNotFound();
    }
    if (user.organisationKind !== OrganisationKind.CareCentre) {
      throw new ProblemException(SubscriptionProblems.invalidInvitee, 'Deze uitnodiging is voor een zorgcentrum.');
    }
    const subscriptionId = await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, (manager) =>
      this.acceptWithin(manager, invitation.id, user.organisationId, user.id, details),
    );
    return this.subscriptions.get(subscriptionId, user);
  }

  /** The e-mail link: register the care centre and accept, in one transaction. */
  async acceptWithRegistration(token: string, input: AcceptWithRegistrationDto): Promise<AcceptedWithRegistrationView> {
    const invitation = await this.requireByToken(token);
    if (input.registration.organisation.kind !== OrganisationKind.CareCentre) {
      throw new ProblemException(SubscriptionProblems.invalidInvitee, 'Deze uitnodiging is voor een zorgcentrum.', {
        errors: [{ field: 'registration.organisation.kind', message: 'moet care_centre zijn' }],
      });
    }
    const { userId, subscriptionId } = await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
      const newUserId = await this.auth.registerWithin(manager, input.registration);
      const [row] = await manager.query<{ organisation_id: string }[]>('SELECT organisation_id FROM users WHERE id = $1', [
        newUserId,
      ]);
      return {
        userId: newUserId,
        subscriptionId: await this.acceptWithin(manager, invitation.id, row.organisation_id, newUserId, input.signOn),
      };
    });
    const session = await this.auth.sessionFor(userId);
    const member: AuthenticatedUser = {
      id: userId,
      email: session.user.email,
      fullName: session.user.fullName,
      role: session.user.role,
      organisationId: session.user.organisation.id,
      organisationKind: session.user.organisation.kind,
    };
    return { session, subscription: await this.subscriptions.get(subscriptionId, member) };
  }

  private async acceptWithin(
    manager: EntityManager,
    invitationId: string,
    organisationId: string,
    actorUserId: string,
    details: SignOnDto,
  ): Promise<string> {
    const invitation = await manager
      .getRepository(Invitation)
      .findOne({ where: { id: invitationId }, lock: { mode: 'pessimistic_write' } });
    if (!invitation) throw invitationNotFound();
    if (invitation.status !== InvitationStatus.Open) {
      throw new ProblemException(SubscriptionProblems.invitationClosed, 'Deze uitnodiging werd al aanvaard of ingetrokken.');
    }
    const outcome = await this.signOns.attempt(manager, {
      eventId: invitation.eventId,
      organisationId,
      audience: Audience.CareCentre,
      actorUserId,
      details,
      sponsorship: {
        sponsorOrganisationId: invitation.inviterOrganisationId,
        sharing: invitation.costSharing,
        satelliteFixedCents: invitation.satelliteShareCents,
        invitationId: invitation.id,
      },
    });
    if (!isSignedOn(outcome)) throw signOnProblem(outcome, invitation.eventId);
    await manager.update(
      Invitation,
      { id: invitation.id },
      { status: InvitationStatus.Accepted, subscriptionId: outcome.subscription.id, inviteeOrganisationId: organisationId },
    );
    return outcome.subscription.id;
  }

  /** The open invitation already sent to the same invitee; other terms than these need it revoked first. */
  private async openTwin(manager: EntityManager, terms: InvitationTerms): Promise<Invitation> {
    const twin = await manager.getRepository(Invitation).findOneByOrFail({
      eventId: terms.eventId,
      inviterOrganisationId: terms.inviterOrganisationId,
      ...(terms.inviteeOrganisationId
        ? { inviteeOrganisationId: terms.inviteeOrganisationId }
        : { inviteeEmail: terms.inviteeEmail ?? undefined }),
      status: InvitationStatus.Open,
    });
    const same =
      twin.costSharing === terms.costSharing &&
      twin.satelliteShareCents === terms.satelliteShareCents &&
      twin.message === terms.message;
    if (!same) {
      throw new ProblemException(
        SubscriptionProblems.invitationExists,
        'U hebt deze genodigde voor deze voorstelling al uitgenodigd, met andere afspraken. Die uitnodiging staat nog open.',
        { invitationId: twin.id },
      );
    }
    return twin;
  }

  private findMine(user: AuthenticatedUser): Promise<Invitation[]> {
    return this.dataSource.getRepository(Invitation).find({
      where: [{ inviterOrganisationId: user.organisationId }, { inviteeOrganisationId: user.organisationId }],
      order: { createdAt: 'DESC' },
    });
  }

  private async requireByToken(token: string): Promise<Invitation> {
    const invitation = await this.dataSource.getRepository(Invitation).findOneBy({ token });
    if (!invitation) throw invitationNotFound();
    return invitation;
  }

  private acceptUrl(token: string): string {
    return `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/uitnodigingen/${token}`;
  }
}

export interface MyInvitation {
  invitation: InvitationView;
  sent: boolean;
  inviterName: string;
  inviteeName: string;
  linkPath: string | null;
}

export interface SentInvitation {
  invitation: InvitationView & { acceptUrl: string };
  invitee: Organisation | null;
}

type InvitationTerms = Pick<
  Invitation,
  | 'eventId'
  | 'inviterOrganisationId'
  | 'inviteeOrganisationId'
  | 'inviteeEmail'
  | 'costSharing'
  | 'satelliteShareCents'
  | 'message'
>;

function invitationNotFound() {
  return new ProblemException(SubscriptionProblems.invitationNotFound, 'Deze uitnodiging bestaat niet (of is niet voor u).');
}
