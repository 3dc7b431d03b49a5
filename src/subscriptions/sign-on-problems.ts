import { ProblemException } from '../common/errors/problem.js';
import { formatDutchDateTime } from '../common/format/dutch-format.js';
import { EventStatus } from '../events/event-status.js';
import { eventNotFound } from '../events/events.service.js';
import type { NotSignedOn } from './sign-on.service.js';
import { SubscriptionProblems } from './subscriptions.errors.js';

/** The Dutch answer for a sign-on that did not happen. */
export function signOnProblem(outcome: NotSignedOn, eventId: string): ProblemException {
  switch (outcome.kind) {
    case 'event_not_found':
      return eventNotFound(eventId);
    case 'not_open':
      return new ProblemException(
        SubscriptionProblems.eventNotOpen,
        outcome.status === EventStatus.Cancelled
          ? 'Deze voorstelling is afgelast; intekenen kan niet meer.'
          : 'Voor deze voorstelling kunt u niet (meer) intekenen.',
        { eventStatus: outcome.status },
      );
    case 'past_deadline':
      return new ProblemException(
        SubscriptionProblems.deadlinePassed,
        'De uiterste intekendatum voor deze voorstelling is voorbij.',
      );
    case 'priority_window':
      return new ProblemException(
        SubscriptionProblems.priorityWindow,
        `Deze nieuwe datum vervangt een afgelaste voorstelling. Tot ${formatDutchDateTime(outcome.until)} kunnen enkel de satellieten van toen intekenen; daarna kan iedereen.`,
        { priorityUntil: outcome.until.toISOString() },
      );
    case 'already_signed_on':
      return new ProblemException(SubscriptionProblems.alreadySignedOn, 'Uw organisatie is al ingetekend op deze voorstelling.', {
        existingSubscriptionId: outcome.existingSubscriptionId,
      });
  }
}
