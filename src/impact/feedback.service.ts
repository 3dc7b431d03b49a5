import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { formatDutchDate } from '../common/format/dutch-format.js';
import { ProblemException } from '../common/errors/problem.js';
import { FeedbackTokens } from '../mail/feedback-tokens.js';
import { SubscriptionStatus } from '../subscriptions/subscription-status.js';
import type { FeedbackAnswerView, FeedbackDto, FeedbackView } from './dto/feedback.dto.js';
import { ImpactProblems } from './impact.errors.js';

interface SignOnRow {
  subscription_id: string;
  event_id: string;
  status: SubscriptionStatus;
  organisation_name: string;
  event_title: string;
  event_starts_at: Date;
  screens: number;
}

const ANSWER_COLUMNS = `viewers, screens, satisfaction, picture_and_sound AS "pictureAndSound", comment, updated_at AS "updatedAt"`;

/**
 * A satellite's answer after a stream, through the signed link in its mail: no login, one answer
 * per sign-on (the table's primary key), overwritten while the link is valid.
 */
@Injectable()
export class FeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: FeedbackTokens,
  ) {}

  async view(token: string): Promise<FeedbackView> {
    const { subscriptionId, expiresAt } = this.claim(token);
    return (await this.read(this.dataSource.manager, subscriptionId, expiresAt, false)).view;
  }

  /**
   * Writes the whole answer or nothing. The sign-on row is locked while it is decided, so an
   * answer never lands beside a cancellation that commits at the same moment.
   */
  async save(token: string, input: FeedbackDto): Promise<FeedbackView> {
    const { subscriptionId, expiresAt } = this.claim(token);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.read(manager, subscriptionId, expiresAt, true);
      const [answer] = await manager.query<FeedbackAnswerView[]>(
        `INSERT INTO stream_feedback (subscription_id, event_id, viewers, screens, satisfaction, picture_and_sound, comment)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (subscription_id) DO UPDATE
            SET viewers = EXCLUDED.viewers, screens = EXCLUDED.screens, satisfaction = EXCLUDED.satisfaction,
                picture_and_sound = EXCLUDED.picture_and_sound, comment = EXCLUDED.comment, updated_at = now()
         RETURNING ${ANSWER_COLUMNS}`,
        [
          subscriptionId,
          current.eventId,
          input.viewers,
          input.screens,
          input.satisfaction,
          input.pictureAndSound,
          input.comment ?? '',
        ],
      );
      return { ...current.view, answer };
    });
  }

  private claim(token: string): { subscriptionId: string; expiresAt: Date } {
    const claim = this.tokens.verify(token);
    if (claim.kind === 'invalid') {
      throw new ProblemException(
        ImpactProblems.feedbackLinkInvalid,
        'Deze link om feedback te geven klopt niet. Gebruik de link uit de mail zoals hij is, of vraag een nieuwe aan Satelliet.',
      );
    }
    if (claim.kind === 'expired') {
      throw new ProblemException(
        ImpactProblems.feedbackLinkExpired,
        `Deze link werkte tot ${formatDutchDate(claim.expiresAt)}. Feedback geven of wijzigen kan niet meer. Bedankt om ermee te kijken.`,
      );
    }
    return claim;
  }

  private async read(
    manager: EntityManager,
    subscriptionId: string,
    expiresAt: Date,
    lock: boolean,
  ): Promise<{ eventId: string; view: FeedbackView }> {
    const [row] = await manager.query<SignOnRow[]>(
      `SELECT s.id AS subscription_id, s.event_id, s.status, o.name AS organisation_name, e.title AS event_title,
              e.starts_at AS event_starts_at, s.screens
         FROM subscriptions s JOIN organisations o ON o.id = s.organisation_id JOIN events e ON e.id = s.event_id
        WHERE s.id = $1${lock ? ' FOR SHARE OF s' : ''}`,
      [subscriptionId],
    );
    if (!row) {
      throw new ProblemException(ImpactProblems.feedbackLinkInvalid, 'Deze intekening bestaat niet meer.');
    }
    if (row.status !== SubscriptionStatus.Confirmed) {
      throw new ProblemException(
        ImpactProblems.feedbackSignOnCancelled,
        `De intekening van ${row.organisation_name} voor ${row.event_title} is geannuleerd. Feedback geven kan alleen voor een satelliet die de voorstelling toonde.`,
      );
    }
    const [answer] = await manager.query<FeedbackAnswerView[]>(
      `SELECT ${ANSWER_COLUMNS} FROM stream_feedback WHERE subscription_id = $1`,
      [subscriptionId],
    );
    const view: FeedbackView = {
      subscriptionId,
      organisationName: row.organisation_name,
      eventTitle: row.event_title,
      eventStartsAt: row.event_starts_at,
      signedOnScreens: row.screens,
      expiresAt,
      answer: answer ?? null,
    };
    return { eventId: row.event_id, view };
  }
}
