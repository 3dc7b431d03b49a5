import { Injectable } from '@nestjs/common';
import { inBrussels } from '../common/format/dutch-format.js';
import { ProblemException } from '../common/errors/problem.js';
import type { EventMoneyInView, YearMoneyInView } from './dto/money-in.dto.js';
import { FinanceProblems } from './finance.errors.js';
import { scopeOfEvent, scopeOfYear, type EventScope } from './finance.repository.js';
import { addMoneyIn, moneyIn, NO_MONEY_IN } from './money-in.js';
import { MoneyInRepository } from './money-in.repository.js';

/** Per event and per budget year: what was invoiced, what arrived and what is still open. */
@Injectable()
export class MoneyInService {
  constructor(private readonly repository: MoneyInRepository) {}

  async event(id: string, now = new Date()): Promise<EventMoneyInView> {
    const [view] = await this.views(scopeOfEvent(id), now);
    if (!view) throw new ProblemException(FinanceProblems.eventNotFound, `Er is geen voorstelling met id ${id}.`);
    return view;
  }

  /** The same events as the year's break-even view: every one but drafts, which have no documents. */
  async year(year: number, now = new Date()): Promise<YearMoneyInView> {
    const events = await this.views(scopeOfYear(year), now);
    return { year, events, totals: events.reduce(addMoneyIn, NO_MONEY_IN) };
  }

  private async views(scope: EventScope, now: Date): Promise<EventMoneyInView[]> {
    const [events, documents] = await Promise.all([this.repository.events(scope), this.repository.documentsByEvent(scope)]);
    const today = inBrussels(now).toISODate() as string;
    return events.map((event) => ({
      eventId: event.id,
      title: event.title,
      startsAt: event.startsAt,
      eventStatus: event.status,
      ...moneyIn(documents.get(event.id) ?? [], today),
    }));
  }
}
