import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../common/audit/audit.js';
import { ProblemException } from '../common/errors/problem.js';
import { formatDutchCalendarDate } from '../common/format/dutch-format.js';
import { sqlState } from '../common/errors/to-problem.js';
import type { CreateSeasonDto, UpdateSeasonDto } from './dto/season.dto.js';
import { Season } from './entities/season.entity.js';
import { EventProblems } from './events.errors.js';
import { brusselsDay, outsideSeasonProblem, seasonProblems } from './season-rules.js';

export const SEASON_AUDIT_SUBJECT = 'season';

/** Seasons as data: an admin creates and edits them; every change is audited. */
@Injectable()
export class SeasonsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every season, oldest first: what the API and the admin page list. */
  list(): Promise<Season[]> {
    return this.dataSource.getRepository(Season).find({ order: { startsOn: 'ASC' } });
  }

  async get(code: string): Promise<Season> {
    const season = await this.dataSource.getRepository(Season).findOneBy({ code });
    if (!season) throw seasonNotFound(code);
    return season;
  }

  /** The code is the primary key, so two admins creating the same season at once get one season and one 409. */
  async create(input: CreateSeasonDto, actorUserId: string): Promise<Season> {
    const season = Object.assign(new Season(), { ...input, name: input.name ?? `Seizoen ${input.code}` });
    assertValid(season);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.insert(Season, season);
        await audit(manager, 'season.created', actorUserId, null, season);
        return season;
      });
    } catch (error) {
      if (sqlState(error) === '23505') {
        throw new ProblemException(EventProblems.seasonExists, `Seizoen ${season.code} bestaat al.`, {
          errors: [{ field: 'code', message: 'bestaat al' }],
        });
      }
      throw error;
    }
  }

  /**
   * New first or last days must keep every event of the season inside it. The season row stays
   * locked until commit, so an event created or moved meanwhile is judged on the new days.
   */
  async update(code: string, changes: UpdateSeasonDto, actorUserId: string): Promise<Season> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(Season, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw seasonNotFound(code);
      const after = Object.assign(new Season(), before, {
        name: changes.name ?? before.name,
        startsOn: changes.startsOn ?? before.startsOn,
        endsOn: changes.endsOn ?? before.endsOn,
      });
      assertValid(after);
      const outside = await firstEventOutside(manager, after);
      if (outside) {
        throw new ProblemException(
          EventProblems.seasonHasEventsOutside,
          `"${outside.title}" valt dan buiten het seizoen. ${outsideSeasonProblem(outside.startsAt, after)} Verplaats die voorstelling eerst.`,
          {
            errors: [
              {
                field: brusselsDay(outside.startsAt) < after.startsOn ? 'startsOn' : 'endsOn',
                message: `laat "${outside.title}" buiten het seizoen vallen`,
              },
            ],
          },
        );
      }
      await manager.save(after);
      await audit(manager, 'season.updated', actorUserId, before, after);
      return after;
    });
  }
}

/**
 * An event must start inside its season (its Brussels day, both ends included). Reads the season
 * FOR SHARE in the caller's transaction, so a season edit waits for the event's commit or goes first.
 */
export async function assertStartsInSeason(manager: EntityManager, seasonCode: string, startsAt: Date): Promise<void> {
  const season = await manager.findOne(Season, { where: { code: seasonCode }, lock: { mode: 'pessimistic_read' } });
  if (!season) throw seasonNotFound(seasonCode);
  const problem = outsideSeasonProblem(startsAt, season);
  if (problem) {
    throw new ProblemException(EventProblems.outsideSeason, problem, {
      errors: [
        {
          field: 'startsAt',
          message: `moet in seizoen ${season.code} liggen (${formatDutchCalendarDate(season.startsOn)} tot en met ${formatDutchCalendarDate(season.endsOn)})`,
        },
      ],
    });
  }
}

export function seasonNotFound(code: string): ProblemException {
  return new ProblemException(EventProblems.seasonNotFound, `Seizoen ${code} bestaat niet.`, {
    errors: [{ field: 'seasonCode', message: 'bestaat niet' }],
  });
}

function assertValid(season: Season): void {
  const problems = seasonProblems(season);
  if (problems.length > 0) {
    throw new ProblemException(EventProblems.invalidSeason, 'Het seizoen klopt niet.', { errors: problems });
  }
}

/** Cancelled events count too: a cancelled stream still happened (not) in its season. */
async function firstEventOutside(manager: EntityManager, season: Season): Promise<{ title: string; startsAt: Date } | null> {
  const [row] = await manager.query<{ title: string; startsAt: Date }[]>(
    `SELECT title, starts_at AS "startsAt" FROM events
      WHERE season_code = $1
        AND ((starts_at AT TIME ZONE 'Europe/Brussels')::date < $2::date OR (starts_at AT TIME ZONE 'Europe/Brussels')::date > $3::date)
      ORDER BY starts_at LIMIT 1`,
    [season.code, season.startsOn, season.endsOn],
  );
  return row ?? null;
}

function audit(manager: EntityManager, action: string, actorUserId: string, before: Season | null, after: Season) {
  return recordAudit(manager, { actorUserId, action, subjectType: SEASON_AUDIT_SUBJECT, subjectId: after.code, before, after });
}
