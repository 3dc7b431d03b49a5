import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { AppConfig } from '../common/config/app-config.js';
import { lockingTransaction } from '../common/database/locked-transaction.js';
import { ProblemException } from '../common/errors/problem.js';
import { OrganisationKind } from '../organisations/organisation-kinds.js';
import type { SignOnDto } from './dto/sign-on.dto.js';
import { SignOnService } from './sign-on.service.js';
import { Audience } from './subscription-status.js';
import { SubscriptionProblems } from './subscriptions.errors.js';
import { SubscriptionsRepository } from './subscriptions.repository.js';

export type SeasonSignOnResult = 'confirmed' | 'pending_payment' | 'waitlisted' | 'already_signed_on' | 'past_deadline';

export class SeasonSignOnLine {
  @ApiProperty({ description: 'Id van de voorstelling.' }) eventId: string;
  @ApiProperty({ description: 'Titel.' }) title: string;
  @ApiProperty({
    enum: ['confirmed', 'pending_payment', 'waitlisted', 'already_signed_on', 'past_deadline'],
    description: 'Wat er gebeurde.',
  })
  result: SeasonSignOnResult;
  @ApiProperty({ nullable: true, description: 'Id van de (nieuwe of bestaande) intekening.' }) subscriptionId: string | null;
  @ApiProperty({ nullable: true, description: 'Plaats op de wachtlijst.' }) waitlistPosition: number | null;
}

export class SeasonSignOnReport {
  @ApiProperty({ description: 'Seizoen.' }) season: string;
  @ApiProperty({ type: [SeasonSignOnLine], description: 'Per voorstelling wat er gebeurde.' }) events: SeasonSignOnLine[];
}

/**
 * A culture house signs on to every published event of a season in one request, all or nothing:
 * one transaction, event rows locked in id order so two season sign-ons cannot deadlock.
 */
@Injectable()
export class SeasonSignOnService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly signOns: SignOnService,
    private readonly subscriptions: SubscriptionsRepository,
  ) {}

  async signOnForSeason(season: string, user: AuthenticatedUser, details: SignOnDto): Promise<SeasonSignOnReport> {
    if (user.organisationKind !== OrganisationKind.CultureHouse) {
      throw new ProblemException(
        SubscriptionProblems.notACultureHouse,
        'Intekenen op een heel seizoen kan enkel voor cultuurhuizen.',
      );
    }
    const events: { id: string; title: string }[] = await this.dataSource.query(
      `SELECT id, title FROM events WHERE season_code = $1 AND status = 'published' ORDER BY id`,
      [season],
    );
    if (
      events.length === 0 &&
      (await this.dataSource.query<unknown[]>('SELECT 1 FROM seasons WHERE code = $1', [season])).length === 0
    ) {
      throw new ProblemException(SubscriptionProblems.seasonNotFound, `Seizoen ${season} bestaat niet.`);
    }
    const lines = await lockingTransaction(this.dataSource, this.config.LOCK_TIMEOUT_MS, async (manager) => {
      const report: SeasonSignOnLine[] = [];
      for (const event of events) {
        const line = { eventId: event.id, title: event.title };
        const outcome = await this.signOns.attempt(manager, {
          eventId: event.id,
          organisationId: user.organisationId,
          audience: Audience.CultureHouse,
          actorUserId: user.id,
          details,
        });
        switch (outcome.kind) {
          case 'confirmed':
          case 'pending_payment':
          case 'waitlisted':
            report.push({
              ...line,
              result: outcome.kind,
              subscriptionId: outcome.subscription.id,
              waitlistPosition: null,
            });
            break;
          case 'already_signed_on':
            report.push({
              ...line,
              result: 'already_signed_on',
              subscriptionId: outcome.existingSubscriptionId,
              waitlistPosition: null,
            });
            break;
          case 'past_deadline':
            report.push({ ...line, result: 'past_deadline', subscriptionId: null, waitlistPosition: null });
            break;
          case 'not_open':
          case 'event_not_found':
          case 'priority_window':
            // Unpublished, cancelled or (for now) reserved for a cancelled date's satellites: not part of the season's offer.
            break;
        }
      }
      return report;
    });
    // Positions are read after the commit, outside the event locks, which stay as short as possible.
    const waiting = lines.filter((line) => line.result === 'waitlisted').map((line) => line.subscriptionId as string);
    const positions = await this.subscriptions.waitlistPositions(this.dataSource.manager, waiting);
    return {
      season,
      events: lines.map((line) => ({
        ...line,
        waitlistPosition: line.subscriptionId ? (positions.get(line.subscriptionId) ?? null) : null,
      })),
    };
  }
}
