import type { EntityManager } from 'typeorm';
import { finalFigures } from '../finance/event-result.js';
import { FinanceRepository, scopeOfEvent } from '../finance/finance.repository.js';
import { DEMO_USERS } from './demo-data.js';
import { DEMO_BUDGET_YEARS, DEMO_DECISIONS, DEMO_FINANCE, DEMO_SATELLITES, demoRowId } from './demo-finance.js';

export type DemoInsert = (sql: string, parameters: unknown[]) => Promise<void>;

const TARIFF_SQL = `CASE $3::audience WHEN 'culture_house' THEN e.culture_house_tariff_cents ELSE e.care_centre_tariff_cents END`;

/** Satellites, confirmed sign-ons at the event's tariff, plans, cost lines, income, margins, Bartje's decision and closed books. */
export async function seedDemoFinance(insert: DemoInsert, manager: EntityManager): Promise<void> {
  for (const org of DEMO_SATELLITES) {
    await insert(
      `INSERT INTO organisations (id, kind, sub_kind, name, enterprise_number, street, postcode, municipality, province, email, phone)
       VALUES ($1, $2, $3, $4, $5, 'Dorpsstraat 1', '3000', 'Leuven', 'vlaams-brabant', $6, '016 00 00 00')`,
      [org.id, org.kind, org.subKind, org.name, org.kbo, org.email],
    );
  }
  for (const plan of DEMO_FINANCE) {
    let n = 0;
    for (const audience of ['culture_house', 'care_centre'] as const) {
      const satellites = DEMO_SATELLITES.filter((org) => org.kind === audience).slice(0, plan.satellites[audience]);
      for (const org of satellites) {
        await insert(
          `INSERT INTO subscriptions (id, event_id, organisation_id, audience, status, contact_name, contact_email, contact_phone,
                                      screens, expected_viewers, tariff_cents, vat_rate_percent, satellite_share_cents)
           SELECT $1, e.id, $2, $3, 'confirmed', 'Demo Contact', $4, '016 00 00 00', 1, 30,
                  ${TARIFF_SQL}, e.vat_rate_percent, ${TARIFF_SQL}
             FROM events e WHERE e.id = $5`,
          [demoRowId('e', plan.eventId, ++n), org.id, audience, org.email, plan.eventId],
        );
      }
    }
    for (const [index, line] of plan.costLines.entries()) {
      await insert(
        'INSERT INTO cost_lines (id, event_id, category, label, basis, planned_cents, actual_cents) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [
          demoRowId('c', plan.eventId, index + 1),
          plan.eventId,
          line.category,
          line.label,
          line.basis,
          line.plannedCents,
          line.actualCents,
        ],
      );
    }
    for (const [index, income] of plan.otherIncome.entries()) {
      await insert(
        'INSERT INTO other_income (id, event_id, kind, label, amount_cents, actual_cents) VALUES ($1, $2, $3, $4, $5, $6)',
        [
          demoRowId('f', plan.eventId, index + 1),
          plan.eventId,
          income.kind,
          income.label,
          income.amountCents,
          income.actualCents,
        ],
      );
    }
    await insert('INSERT INTO event_plans (event_id, expected_culture_houses, expected_care_centres) VALUES ($1, $2, $3)', [
      plan.eventId,
      plan.plan.culture_house,
      plan.plan.care_centre,
    ]);
  }
  for (const year of DEMO_BUDGET_YEARS) {
    await insert(
      'INSERT INTO budget_years (year, approved_margin_cents, set_by_user_id, set_at, decision_reference) VALUES ($1, $2, $3, $4, $5)',
      [year.year, year.approvedMarginCents, year.setBy, year.setAt, year.reference],
    );
  }
  for (const decision of DEMO_DECISIONS) {
    await insert(
      `INSERT INTO principle_decisions (id, event_id, accepted_deficit_cents, reasons, decided_by, decided_at, recorded_by_user_id)
       VALUES ($1, $2, $3, $4::decision_reason[], $5, $6, $7)`,
      [
        decision.id,
        decision.eventId,
        decision.acceptedDeficitCents,
        decision.reasons,
        decision.decidedBy,
        decision.decidedAt,
        decision.recordedBy,
      ],
    );
  }
  await closeDemoBooks(insert, manager);
}

/** The final results come from the same maths as the app's own closing, so the demo cannot drift from it. */
async function closeDemoBooks(insert: DemoInsert, manager: EntityManager): Promise<void> {
  const repository = new FinanceRepository(manager.connection);
  for (const plan of DEMO_FINANCE.filter((entry) => entry.closed)) {
    const [event] = await repository.load(scopeOfEvent(plan.eventId), 'detail', manager);
    const final = finalFigures(event.inputs);
    if (!final) throw new Error(`Demodata: ${event.title} heeft nog lijnen zonder werkelijk bedrag`);
    await insert(
      `INSERT INTO event_closings (event_id, closed_at, closed_by_user_id, final_result_cents, final_figures)
       VALUES ($1, $2, $3, $4, $5)`,
      [plan.eventId, '2024-01-15T10:00:00+01:00', DEMO_USERS[1].id, final.resultCents, JSON.stringify(final)],
    );
  }
}
