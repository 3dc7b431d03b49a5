import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { BudgetYearRecord } from './entities/budget-year.entity.js';
import { type Audience, type CostLine, type EventFinanceInputs, type EventPlan, type OtherIncome } from './finance-inputs.js';

/** Which events a view covers, as a WHERE clause on `events e` with its parameters. */
export interface EventScope {
  where: string;
  parameters: unknown[];
}

export const scopeOfEvent = (id: string): EventScope => ({ where: 'e.id = $1', parameters: [id] });

/** An event's budget year is the calendar year of its start in Brussels; the bounds keep the index on starts_at usable. */
export const scopeOfYear = (year: number, countingOnly = true): EventScope => ({
  where: `e.starts_at >= make_timestamptz($1, 1, 1, 0, 0, 0, 'Europe/Brussels')
      AND e.starts_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Europe/Brussels')
      ${countingOnly ? "AND e.status <> 'draft'" : ''}`,
  parameters: [year],
});

export const scopeOfSeason = (code: string): EventScope => ({
  where: `e.season_code = $1 AND e.status <> 'draft'`,
  parameters: [code],
});

/**
 * Serialises, until commit, everything that judges or changes a budget year's room: publishes and
 * margin changes. An advisory lock rather than a budget_years row, because a year without an
 * approved margin has no row, and inserting one would record a margin nobody set.
 */
export async function lockBudgetYear(manager: EntityManager, year: number): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('finance.budget_year'), $1)`, [year]);
}

export interface ClosedBooks {
  closedAt: Date;
  /** The final result fixed at closing. */
  fixedResultCents: number;
  /** The sum of the corrections entered since. */
  correctionsCents: number;
}

export interface FinanceEvent {
  id: string;
  title: string;
  status: string;
  seasonCode: string;
  startsAt: Date;
  budgetYear: number;
  inputs: EventFinanceInputs;
  plan: EventPlan;
  /** Null until finance closes the books. */
  closed: ClosedBooks | null;
  /** When an actual amount first left the event with a deficit its decision does not cover. */
  uncoveredDeficitFlaggedAt: Date | null;
  /** The deficit the latest principle decision accepts; null without one. */
  acceptedDeficitCents: number | null;
}

type Row = Record<string, unknown>;

/** A sign-on whose price snapshot is revenue: confirmed, for an event that still goes ahead. */
const SIGN_ON_COUNTS = `(s.status = 'confirmed' AND e.status <> 'cancelled')`;
/** A sign-on left out of the snapshots: only the money it kept counts. */
const SIGN_ON_GONE = `(s.status IN ('cancelled', 'expired') OR e.status = 'cancelled')`;
const num = (value: unknown) => Number(value ?? 0);

/**
 * Reads everything the break-even maths needs with a handful of GROUP BY queries, whatever the
 * number of sign-ons: no sign-on row is ever loaded into JavaScript.
 */
@Injectable()
export class FinanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `lines: 'detail'` returns each cost line (for one event, and for what-if overrides);
   * `'summed'` returns per event at most four sums (basis × actual known or not), each with its
   * planned and actual total, which give the same figures because every cost formula is linear in
   * the lines.
   */
  async load(
    scope: EventScope,
    lines: 'detail' | 'summed',
    manager: EntityManager = this.dataSource.manager,
  ): Promise<FinanceEvent[]> {
    const events: Row[] = await manager.query(
      `SELECT e.id, e.title, e.status, e.season_code, e.starts_at, e.capacity,
              e.culture_house_tariff_cents, e.care_centre_tariff_cents,
              extract(year FROM e.starts_at AT TIME ZONE 'Europe/Brussels')::int AS budget_year,
              coalesce(p.expected_culture_houses, 0) AS expected_culture_houses,
              coalesce(p.expected_care_centres, 0) AS expected_care_centres,
              c.closed_at, c.final_result_cents,
              (SELECT coalesce(sum(f.amount_cents), 0) FROM finance_corrections f WHERE f.event_id = e.id) AS corrections_cents,
              u.flagged_at
         FROM events e
         LEFT JOIN event_plans p ON p.event_id = e.id
         LEFT JOIN event_closings c ON c.event_id = e.id
         LEFT JOIN uncovered_deficits u ON u.event_id = e.id
        WHERE ${scope.where} ORDER BY e.starts_at, e.id`,
      scope.parameters,
    );
    if (events.length === 0) return [];
    const [signOns, returned, waiting, costLines, income, decisions] = await runAll(
      manager,
      () => this.signOnTotals(manager, scope),
      () => this.returnedMoney(manager, scope),
      () => this.waitingListHeads(manager, scope),
      () => (lines === 'detail' ? this.costLines(manager, scope) : this.summedCostLines(manager, scope)),
      () => this.otherIncome(manager, scope),
      () => this.latestDecisions(manager, scope),
    );
    return events.map((event) => {
      const id = event.id as string;
      const cancelled = event.status === 'cancelled';
      const totals = signOns.get(id);
      const inputs: EventFinanceInputs = {
        cancelled,
        capacity: event.capacity as number | null,
        tariffsCents: {
          culture_house: event.culture_house_tariff_cents as number,
          care_centre: event.care_centre_tariff_cents as number,
        },
        costLines: costLines.get(id) ?? [],
        otherIncome: income.get(id) ?? [],
        signOns: {
          culture_house: totals?.culture_house ?? emptyTotals(),
          care_centre: totals?.care_centre ?? emptyTotals(),
        },
        waitingList: waiting.get(id) ?? [],
        ...(returned.get(id) ?? { creditedCents: 0, refundedCents: 0, retainedCents: 0 }),
      };
      return {
        id,
        title: event.title as string,
        status: event.status as string,
        seasonCode: event.season_code as string,
        startsAt: event.starts_at as Date,
        budgetYear: event.budget_year as number,
        inputs,
        plan: {
          expectedSatellites: {
            culture_house: event.expected_culture_houses as number,
            care_centre: event.expected_care_centres as number,
          },
        },
        closed:
          event.closed_at === null
            ? null
            : {
                closedAt: event.closed_at as Date,
                fixedResultCents: event.final_result_cents as number,
                correctionsCents: num(event.corrections_cents),
              },
        uncoveredDeficitFlaggedAt: event.flagged_at as Date | null,
        acceptedDeficitCents: decisions.has(id) ? (decisions.get(id) as number) : null,
      };
    });
  }

  /**
   * Confirmed and pending sign-ons per event and audience, at their price snapshots. A cancelled
   * event counts the sign-ons as they stood when it was cancelled (those still confirmed, and those
   * cancelled only afterwards), for the kits already sent; their price snapshots are no revenue,
   * because a cancelled event earns only the money it kept (see returnedMoney).
   */
  private async signOnTotals(manager: EntityManager, scope: EventScope) {
    const rows: Row[] = await manager.query(
      `SELECT s.event_id, s.audience,
              count(*) FILTER (WHERE s.status <> 'pending_payment') AS confirmed_count,
              coalesce(sum(s.tariff_cents) FILTER (WHERE s.status <> 'pending_payment' AND e.status <> 'cancelled'), 0)
                AS confirmed_cents,
              count(*) FILTER (WHERE s.status = 'pending_payment') AS pending_count,
              coalesce(sum(s.tariff_cents) FILTER (WHERE s.status = 'pending_payment'), 0) AS pending_cents
         FROM subscriptions s JOIN events e ON e.id = s.event_id
        WHERE ${scope.where}
          AND (s.status IN ('confirmed', 'pending_payment')
               OR (e.status = 'cancelled' AND s.status = 'cancelled' AND s.updated_at >= e.cancelled_at))
        GROUP BY s.event_id, s.audience`,
      scope.parameters,
    );
    const byEvent = new Map<string, Partial<Record<Audience, ReturnType<typeof emptyTotals>>>>();
    for (const row of rows) {
      const entry = byEvent.get(row.event_id as string) ?? {};
      entry[row.audience as Audience] = {
        confirmedCount: num(row.confirmed_count),
        confirmedRevenueCents: num(row.confirmed_cents),
        pendingCount: num(row.pending_count),
        pendingRevenueCents: num(row.pending_cents),
      };
      byEvent.set(row.event_id as string, entry);
    }
    return byEvent;
  }

  /**
   * Credit notes and refunds per event, excluding VAT. Every sign-on's money is a set of documents:
   * invoices (the satellite's share when it pays by invoice, the sponsor's share always) with at
   * most one credit note each, and online payments of the satellite's share. An invoice and a
   * payment never cover the same cents, so each returned cent belongs to exactly one document.
   *
   * - A sign-on that counts (confirmed, event not cancelled) is revenue at its price snapshot;
   *   its credit notes and refunds are subtracted, at most up to that snapshot.
   * - A sign-on that no longer counts (cancelled, expired, or of a cancelled event) was already
   *   left out of the price snapshots, so subtracting its credit note would take its money out a
   *   second time. What it kept counts instead: invoiced minus credited, plus paid online minus
   *   refunded. Usually 0; not after a cancellation past the deadline that refunds nothing.
   * - Pending and waitlisted sign-ons have no settled documents.
   */
  private async returnedMoney(manager: EntityManager, scope: EventScope) {
    const rows: Row[] = await manager.query(
      // Each document is joined straight to its sign-on and event and filtered by the scope, as in
      // one plain aggregate: for one event the indexes on subscription_id find its few documents,
      // for a year it is one pass over each table, with no sign-on list built first and read again.
      `SELECT event_id,
              coalesce(sum(least(credited, tariff)) FILTER (WHERE counts), 0) AS credited,
              coalesce(sum(least(refunded, tariff - least(credited, tariff))) FILTER (WHERE counts), 0) AS refunded,
              coalesce(sum(billed - credited - refunded) FILTER (WHERE gone), 0) AS retained
         FROM (
           SELECT event_id, tariff, counts, gone, sum(billed) AS billed, sum(credited) AS credited, sum(refunded) AS refunded
             FROM (
               SELECT s.id, s.event_id, s.tariff_cents AS tariff, ${SIGN_ON_COUNTS} AS counts, ${SIGN_ON_GONE} AS gone,
                      i.net_cents AS billed, coalesce(c.net_cents, 0) AS credited, 0 AS refunded
                 FROM invoices i
                 JOIN subscriptions s ON s.id = i.subscription_id
                 JOIN events e ON e.id = s.event_id
                 LEFT JOIN credit_notes c ON c.invoice_id = i.id
                WHERE ${scope.where}
               UNION ALL
               SELECT s.id, s.event_id, s.tariff_cents, ${SIGN_ON_COUNTS}, ${SIGN_ON_GONE},
                      p.net_cents, 0, CASE WHEN p.status IN ('refund_pending', 'refunded') THEN p.net_cents ELSE 0 END
                 FROM payments p
                 JOIN subscriptions s ON s.id = p.subscription_id
                 JOIN events e ON e.id = s.event_id
                WHERE ${scope.where} AND p.status IN ('paid', 'refund_pending', 'refunded')
             ) document
            GROUP BY id, event_id, tariff, counts, gone
         ) per_sign_on
        GROUP BY event_id`,
      scope.parameters,
    );
    return new Map(
      rows.map((row) => [
        row.event_id as string,
        { creditedCents: num(row.credited), refundedCents: num(row.refunded), retainedCents: num(row.retained) },
      ]),
    );
  }

  /** Only the head of each waiting list that capacity could still admit; the rest never counts. */
  private async waitingListHeads(manager: EntityManager, scope: EventScope) {
    const rows: Row[] = await manager.query(
      `SELECT event_id, audience, tariff_cents FROM (
         SELECT s.event_id, s.audience, s.tariff_cents, e.capacity,
                row_number() OVER (PARTITION BY s.event_id ORDER BY s.queue_number) AS position
           FROM subscriptions s JOIN events e ON e.id = s.event_id
          WHERE ${scope.where} AND s.status = 'waitlisted' AND e.status <> 'cancelled'
       ) w WHERE capacity IS NULL OR position <= capacity
       ORDER BY event_id, position`,
      scope.parameters,
    );
    return groupBy(rows, (row) => ({ audience: row.audience as Audience, priceCents: row.tariff_cents as number }));
  }

  private async costLines(manager: EntityManager, scope: EventScope) {
    const rows: Row[] = await manager.query(
      `SELECT c.id, c.event_id, c.category, c.label, c.basis, c.planned_cents, c.actual_cents
         FROM cost_lines c JOIN events e ON e.id = c.event_id WHERE ${scope.where} ORDER BY c.created_at, c.id`,
      scope.parameters,
    );
    return groupBy(rows, (row): CostLine => ({
      id: row.id as string,
      category: row.category as CostLine['category'],
      label: row.label as string,
      basis: row.basis as CostLine['basis'],
      plannedCents: row.planned_cents as number,
      actualCents: row.actual_cents as number | null,
    }));
  }

  private async summedCostLines(manager: EntityManager, scope: EventScope) {
    const rows: Row[] = await manager.query(
      `SELECT c.event_id, c.basis, c.actual_cents IS NOT NULL AS known,
              sum(c.planned_cents) AS planned, sum(c.actual_cents) AS actual
         FROM cost_lines c JOIN events e ON e.id = c.event_id WHERE ${scope.where}
        GROUP BY c.event_id, c.basis, known`,
      scope.parameters,
    );
    return groupBy(rows, (row): CostLine => ({
      id: `${row.basis as string}-${row.known ? 'actual' : 'planned'}`,
      category: 'other',
      label: 'som',
      basis: row.basis as CostLine['basis'],
      plannedCents: num(row.planned),
      actualCents: row.known ? num(row.actual) : null,
    }));
  }

  private async otherIncome(manager: EntityManager, scope: EventScope) {
    const rows: Row[] = await manager.query(
      `SELECT o.event_id, o.kind, o.label, o.amount_cents, o.actual_cents
         FROM other_income o JOIN events e ON e.id = o.event_id WHERE ${scope.where} ORDER BY o.created_at, o.id`,
      scope.parameters,
    );
    return groupBy(rows, (row): OtherIncome => ({
      kind: row.kind as OtherIncome['kind'],
      label: row.label as string,
      amountCents: row.amount_cents as number,
      actualCents: row.actual_cents as number | null,
    }));
  }

  /** The budget year of one event, whatever its status; null when there is no such event. */
  async budgetYearOf(eventId: string, manager: EntityManager = this.dataSource.manager): Promise<number | null> {
    const rows: Row[] = await manager.query(
      `SELECT extract(year FROM starts_at AT TIME ZONE 'Europe/Brussels')::int AS year FROM events WHERE id = $1`,
      [eventId],
    );
    return rows.length === 0 ? null : (rows[0].year as number);
  }

  /** Approved margins by year; a year without one has a margin of 0. */
  async margins(
    years: readonly number[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<number, BudgetYearRecord>> {
    const rows = await manager.getRepository(BudgetYearRecord).findBy({ year: In([...years]) });
    return new Map(rows.map((row) => [row.year, row]));
  }

  private async latestDecisions(manager: EntityManager, scope: EventScope): Promise<Map<string, number>> {
    const rows: Row[] = await manager.query(
      `SELECT DISTINCT ON (d.event_id) d.event_id, d.accepted_deficit_cents
         FROM principle_decisions d JOIN events e ON e.id = d.event_id WHERE ${scope.where}
        ORDER BY d.event_id, d.decided_at DESC, d.id`,
      scope.parameters,
    );
    return new Map(rows.map((row) => [row.event_id as string, row.accepted_deficit_cents as number]));
  }
}

/** The pool runs the queries side by side; a transaction is one connection, which takes them one at a time. */
async function runAll<T extends unknown[]>(
  manager: EntityManager,
  ...tasks: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  if (!manager.queryRunner) return (await Promise.all(tasks.map((task) => task()))) as T;
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as T;
}

function emptyTotals() {
  return { confirmedCount: 0, confirmedRevenueCents: 0, pendingCount: 0, pendingRevenueCents: 0 };
}

function groupBy<T>(rows: Row[], map: (row: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = row.event_id as string;
    const group = groups.get(key) ?? [];
    group.push(map(row));
    groups.set(key, group);
  }
  return groups;
}
