import { Injectable } from '@nestjs/common';
import { ProblemException } from '../common/errors/problem.js';
import { budgetYear, eventBudgetStatus, type BudgetYearView, type YearTotals } from './budget-year.js';
import type { ScenarioRequestDto } from './dto/scenario.dto.js';
import { eventResult, type EventResult } from './event-result.js';
import { eventOutcome, type EventOutcome } from './event-outcome.js';
import { FinanceProblems } from './finance.errors.js';
import { FinanceRepository, scopeOfEvent, scopeOfSeason, scopeOfYear, type FinanceEvent } from './finance.repository.js';
import type { EventPlan, PerAudience } from './finance-inputs.js';
import { absorbableDeficitCents } from './publish-check.js';
import { PublishGuard } from './publish-guard.service.js';
import { applyPlan, runScenario, unknownCostLineIds, type ScenarioChanges } from './scenario.js';
import { stillNeeded, type StillNeeded } from './still-needed.js';

export interface EventFinanceView extends EventOutcome {
  eventId: string;
  title: string;
  eventStatus: string;
  seasonCode: string;
  startsAt: Date;
  budgetYear: number;
  plan: EventPlan;
  budgetStatus: ReturnType<typeof eventBudgetStatus>;
  acceptedDeficitCents: number | null;
  /** "Tekort zonder beslissing": reality took the event below what its decision covers, and it still is. */
  uncoveredDeficit: boolean;
  closedAt: Date | null;
  stillNeeded: PerAudience<StillNeeded>;
}

export interface YearView extends BudgetYearView {
  year: number;
  /** "What can this year still absorb": the largest deficit a new event may commit inside the margin. */
  absorbableDeficitCents: number;
  margin: { setByUserId: string; setAt: Date; decisionReference: string } | null;
  events: (BudgetYearView['events'][number] & {
    title: string;
    startsAt: Date;
    seasonCode: string;
    eventStatus: string;
    stage: EventOutcome['stage'];
    /** Lines still waiting for their actual amount ("nog te bevestigen"). */
    unconfirmedLines: number;
    uncoveredDeficit: boolean;
  })[];
}

export interface SeasonView {
  season: string;
  /** The season's own events (autumn of one year to spring of the next), with their totals. */
  events: EventFinanceView[];
  totals: Pick<YearTotals, 'resultCents'> & { projectedResultCents: number };
  /** Both budget years the season touches, each in full, because margins are per budget year. */
  budgetYears: YearView[];
}

function eventView(event: FinanceEvent, result: EventResult = eventResult(event.inputs)): EventFinanceView {
  const outcome = eventOutcome(event, result);
  const budgetStatus = eventBudgetStatus(outcome.committedResultCents, event.acceptedDeficitCents, result.cancelled);
  return {
    eventId: event.id,
    title: event.title,
    eventStatus: event.status,
    seasonCode: event.seasonCode,
    startsAt: event.startsAt,
    budgetYear: event.budgetYear,
    plan: event.plan,
    ...outcome,
    budgetStatus,
    acceptedDeficitCents: event.acceptedDeficitCents,
    uncoveredDeficit: event.uncoveredDeficitFlaggedAt !== null && budgetStatus === 'deficit_needs_decision',
    closedAt: event.closed?.closedAt ?? null,
    stillNeeded: stillNeeded(event.inputs),
  };
}

/** Read-only finance figures: every number is computed live from SQL aggregates by the pure maths. */
@Injectable()
export class FinanceViewsService {
  constructor(
    private readonly repository: FinanceRepository,
    private readonly guard: PublishGuard,
  ) {}

  async event(id: string): Promise<EventFinanceView & { costLines: FinanceEvent['inputs']['costLines'] }> {
    const event = await this.requireEvent(id);
    return { ...eventView(event), costLines: event.inputs.costLines };
  }

  async year(year: number, changes: ReadonlyMap<string, ScenarioChanges> = new Map(), marginCents?: number): Promise<YearView> {
    const [events, margins] = await Promise.all([
      this.repository.load(scopeOfYear(year), changes.size > 0 ? 'detail' : 'summed'),
      this.repository.margins([year]),
    ]);
    const margin = margins.get(year) ?? null;
    const outcomes = events.map((event) => {
      const scenario = changes.get(event.id);
      return scenario ? scenarioOutcome(event, scenario) : eventOutcome(event);
    });
    const view = budgetYear(
      marginCents ?? margin?.approvedMarginCents ?? 0,
      events.map((event, index) => ({
        eventId: event.id,
        cancelled: outcomes[index].cancelled,
        resultCents: outcomes[index].current.resultCents,
        projectedResultCents: outcomes[index].projected.resultCents,
        plannedResultCents: outcomes[index].planned.resultCents,
        finalResultCents: outcomes[index].final?.fixed ? outcomes[index].final.resultCents : null,
        committedResultCents: outcomes[index].committedResultCents,
        acceptedDeficitCents: event.acceptedDeficitCents,
      })),
    );
    return {
      year,
      ...view,
      absorbableDeficitCents: absorbableDeficitCents(
        view.approvedMarginCents,
        outcomes.map((outcome) => outcome.committedResultCents),
      ),
      margin: margin && { setByUserId: margin.setByUserId, setAt: margin.setAt, decisionReference: margin.decisionReference },
      events: view.events.map((line, index) => ({
        ...line,
        title: events[index].title,
        startsAt: events[index].startsAt,
        seasonCode: events[index].seasonCode,
        eventStatus: events[index].status,
        stage: outcomes[index].stage,
        unconfirmedLines: outcomes[index].unconfirmed.costLines.length + outcomes[index].unconfirmed.otherIncome.length,
        uncoveredDeficit: events[index].uncoveredDeficitFlaggedAt !== null && line.status === 'deficit_needs_decision',
      })),
    };
  }

  async season(code: string): Promise<SeasonView> {
    const years = /^(\d{4})-(\d{4})$/.exec(code);
    if (!years) throw new ProblemException(FinanceProblems.seasonNotFound, `Seizoen ${code} bestaat niet.`);
    const events = (await this.repository.load(scopeOfSeason(code), 'summed')).map((event) => eventView(event));
    const sum = (pick: (view: EventFinanceView) => number) => events.reduce((total, view) => total + pick(view), 0);
    return {
      season: code,
      events,
      totals: { resultCents: sum((v) => v.current.resultCents), projectedResultCents: sum((v) => v.projected.resultCents) },
      budgetYears: await Promise.all([Number(years[1]), Number(years[2])].map((year) => this.year(year))),
    };
  }

  /** Answers with the same figures as the real views; runs only reads, so nothing is ever written. */
  async scenario(request: ScenarioRequestDto) {
    if ((request.eventId === undefined) === (request.year === undefined)) {
      throw invalidScenario(
        'Geef een voorstelling (eventId) of een budgetjaar (year), niet allebei of geen van beide.',
        'eventId',
      );
    }
    if (request.eventId !== undefined) {
      const event = await this.requireEvent(request.eventId);
      const changes = toChanges(request.changes ?? {});
      assertKnownLines(event, changes);
      const changed = scenarioEvent(event, changes);
      const view = eventView(changed.event, changed.result);
      // Would the real change pass? The guard's own judgement; a draft is judged as if published now.
      const draft = event.status === 'draft';
      const verdict = await this.guard.judge(
        event,
        draft ? null : eventOutcome(event).committedResultCents,
        view.committedResultCents,
        draft ? 'gepubliceerd' : 'gewijzigd',
      );
      return { event: view, verdict };
    }
    const year = request.year as number;
    const changes = new Map((request.events ?? []).map((entry) => [entry.eventId, toChanges(entry.changes)]));
    const inYear = new Set((await this.repository.load(scopeOfYear(year), 'summed')).map((event) => event.id));
    const outside = [...changes.keys()].filter((id) => !inYear.has(id));
    if (outside.length > 0)
      throw invalidScenario(`Deze voorstellingen vallen niet in budgetjaar ${year}: ${outside.join(', ')}.`, 'events');
    for (const id of changes.keys()) assertKnownLines(await this.requireEvent(id), changes.get(id) as ScenarioChanges);
    return { year: await this.year(year, changes, request.approvedMarginCents) };
  }

  private async requireEvent(id: string): Promise<FinanceEvent> {
    const [event] = await this.repository.load(scopeOfEvent(id), 'detail');
    if (!event) throw new ProblemException(FinanceProblems.eventNotFound, `Er is geen voorstelling met id ${id}.`);
    return event;
  }
}

/** A scenario changes the inputs and the plan; the outcome is then computed exactly as for the real event. */
function scenarioEvent(event: FinanceEvent, changes: ScenarioChanges): { event: FinanceEvent; result: EventResult } {
  const outcome = runScenario(event.inputs, changes);
  return { event: { ...event, inputs: outcome.inputs, plan: applyPlan(event.plan, changes) }, result: outcome.result };
}

function scenarioOutcome(event: FinanceEvent, changes: ScenarioChanges): EventOutcome {
  const changed = scenarioEvent(event, changes);
  return eventOutcome(changed.event, changed.result);
}

function toChanges(dto: NonNullable<ScenarioRequestDto['changes']>): ScenarioChanges {
  return {
    ...dto,
    addedCostLines: dto.addedCostLines?.map((line, index) => ({
      ...line,
      id: `scenario-${index + 1}`,
      actualCents: line.actualCents ?? null,
    })),
  };
}

function assertKnownLines(event: FinanceEvent, changes: ScenarioChanges): void {
  const unknown = unknownCostLineIds(event.inputs, changes);
  if (unknown.length > 0) {
    throw invalidScenario(`Onbekende kostenlijnen voor deze voorstelling: ${unknown.join(', ')}.`, 'costLineOverrides');
  }
}

function invalidScenario(detail: string, field: string): ProblemException {
  return new ProblemException(FinanceProblems.invalidScenario, detail, { errors: [{ field, message: detail }] });
}
