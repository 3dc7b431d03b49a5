import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { AppConfig } from '../common/config/app-config.js';
import { ProblemException } from '../common/errors/problem.js';
import { EventStatus } from '../events/event-status.js';
import { organizerFrom } from '../mail/mail-links.js';
import { ACTIVE_STATUSES, SubscriptionStatus } from '../subscriptions/subscription-status.js';
import { CalendarProblems } from './calendar.errors.js';
import { CalendarReader } from './calendar-reader.js';
import { type CalendarPart, hasTestSlot, partUid } from './calendar-components.js';
import { buildInvite } from './invite-builder.js';
import { InviteSequences } from './invite-sequences.js';

/** The current invite of one sign-on, as its mails last sent it. */
@Injectable()
export class SignOnInviteService {
  constructor(
    private readonly config: AppConfig,
    private readonly reader: CalendarReader,
    private readonly sequences: InviteSequences,
  ) {}

  /** The stream or the test slot: each is its own file, as each is its own mail. */
  async inviteFor(subscriptionId: string, user: AuthenticatedUser, part: CalendarPart = 'stream'): Promise<string> {
    const signOn = await this.reader.signOn(subscriptionId);
    const event = signOn && (await this.reader.event(signOn.eventId));
    if (!signOn || !event || (signOn.organisationId !== user.organisationId && user.role !== Role.Admin)) {
      throw new ProblemException(
        CalendarProblems.signOnNotFound,
        `Er is geen intekening met id ${subscriptionId} die u mag zien.`,
      );
    }
    if (part === 'test-slot' && !hasTestSlot(event)) {
      throw new ProblemException(CalendarProblems.noTestSlot, 'Voor deze voorstelling is geen technische test gepland.');
    }
    const live = (ACTIVE_STATUSES as readonly SubscriptionStatus[]).includes(signOn.status);
    const method = live && event.status !== EventStatus.Cancelled ? 'REQUEST' : 'CANCEL';
    return buildInvite({
      event,
      part,
      attendee: { name: signOn.contactName, email: signOn.contactEmail },
      organizer: organizerFrom(this.config),
      sequence: await this.sequences.current(partUid(event.id, part), signOn.contactEmail, event.calendarSequence),
      method,
      includeStreamLink: method === 'REQUEST' && signOn.status === SubscriptionStatus.Confirmed,
    });
  }
}
