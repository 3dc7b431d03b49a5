import type { EntityManager } from 'typeorm';
import { finalFigures } from '../finance/event-result.js';
import { FinanceRepository } from '../finance/finance.repository.js';
import { DEMO_USERS } from './demo-data.js';
import { DEMO_BUDGET_YEARS, DEMO_DECISIONS, DEMO_FINANCE, DEMO_SATELLITES, demoRowId, demoSignOns } from './demo-finance.js';

export type DemoInsert = (sql: string, parameters: unknown[]) => Promise<void>;

const TARIFF_SQL = `CASE x.audience WHEN 'culture_house' THEN e.culture_house_tariff_cents ELSE e.care_centre_tariff_cents END`;

/**
 * Many rows in one statement: the rows travel as one JSON array and jsonb_to_recordset turns them
 * back into typed columns. Hundreds of one-row inserts made `npm start` on an empty folder slow.
 */
export function rowsAsRecordset(columns: Record<string, string>): string {
  return `jsonb_to_recordset($1::jsonb) AS x(${Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ')})`;
}

/** Satellites, confirmed sign-ons at the event's tariff, plans, cost lines, income, margins, Bartje's decision and closed books. */
export async function seedDemoFinance(insert: DemoInsert, manager: EntityManager): Promise<void> {
  await insert(
    `INSERT INTO organisations (id, kind, sub_kind, name, enterprise_number, street, postcode, municipality, province, email, phone)
     SELECT x.id, x.kind, x.sub_kind, x.name, x.kbo, 'Dorpsstraat 1', '3000', 'Leuven', 'vlaams-brabant', x.email, '016 00 00 00'
       FROM ${rowsAsRecordset({ id: 'uuid', kind: 'organisation_kind', sub_kind: 'organisation_sub_kind', name: 'text', kbo: 'text', email: 'text' })}`,
    [JSON.stringify(DEMO_SATELLITES.map((org) => ({ ...org, sub_kind: org.subKind })))],
  );
  await insert(
    `INSERT INTO subscriptions (id, event_id, organisation_id, audience, status, contact_name, contact_email, contact_phone,
                                screens, expected_viewers, tariff_cents, vat_rate_percent, satellite_share_cents)
     SELECT x.id, e.id, x.organisation_id, x.audience, 'confirmed', 'Demo Contact', x.email, '016 00 00 00', 1, 30,
            ${TARIFF_SQL}, e.vat_rate_percent, ${TARIFF_SQL}
       FROM ${rowsAsRecordset({ id: 'uuid', event_id: 'uuid', organisation_id: 'uuid', audience: 'audience', email: 'text' })}
       JOIN events e ON e.id = x.event_id`,
    [
      JSON.stringify(
        demoSignOns().map((signOn) => ({ ...signOn, event_id: signOn.eventId, organisation_id: signOn.organisationId })),
      ),
    ],
  );
  await insert(
    `INSERT INTO cost_lines (id, event_id, category, label, basis, planned_cents, actual_cents)
     SELECT * FROM ${rowsAsRecordset({ id: 'uuid', event_id: 'uuid', category: 'cost_category', label: 'text', basis: 'cost_basis', planned_cents: 'integer', actual_cents: 'integer' })}`,
    [
      JSON.stringify(
        DEMO_FINANCE.flatMap((plan) =>
          plan.costLines.map((line, index) => ({
            id: demoRowId('c', plan.eventId, index + 1),
            event_id: plan.eventId,
            category: line.category,
            label: line.label,
            basis: line.basis,
            planned_cents: line.plannedCents,
            actual_cents: line.actualCents,
          })),
        ),
      ),
    ],
  );
  for (const plan of DEMO_FINANCE) {
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
  }
  await insert(
    `INSERT INTO event_plans (event_id, expected_culture_houses, expected_care_centres)
     SELECT * FROM ${rowsAsRecordset({ event_id: 'uuid', culture_houses: 'integer', care_centres: 'integer' })}`,
    [
      JSON.stringify(
        DEMO_FINANCE.map((plan) => ({
          event_id: plan.eventId,
          culture_houses: plan.plan.culture_house,
          care_centres: plan.plan.care_centre,
        })),
      ),
    ],
  );
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
  // One load for every show still open, so a second start (all closed) reads next to nothing.
  const open = await repository.load(
    {
      where: 'e.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM event_closings c WHERE c.event_id = e.id)',
      parameters: [DEMO_FINANCE.filter((entry) => entry.closed).map((entry) => entry.eventId)],
    },
    'detail',
    manager,
  );
  for (const event of open) {
    const final = finalFigures(event.inputs);
    if (!final) throw new Error(`Demodata: ${event.title} heeft nog lijnen zonder werkelijk bedrag`);
    await insert(
      `INSERT INTO event_closings (event_id, closed_at, closed_by_user_id, final_result_cents, final_figures)
       VALUES ($1, $2, $3, $4, $5)`,
      [event.id, `${event.budgetYear + 1}-01-15T10:00:00+01:00`, DEMO_USERS[1].id, final.resultCents, JSON.stringify(final)],
    );
  }
}
