import { DEMO_BUDGET_YEARS, DEMO_DECISIONS, DEMO_FINANCE, DEMO_SATELLITES, demoRowId } from './demo-finance.js';

export type DemoInsert = (sql: string, parameters: unknown[]) => Promise<void>;

const TARIFF_SQL = `CASE $3::audience WHEN 'culture_house' THEN e.culture_house_tariff_cents ELSE e.care_centre_tariff_cents END`;

/** Satellites, confirmed sign-ons at the event's tariff, cost lines, income, the 2023 margin and Bartje's decision. */
export async function seedDemoFinance(insert: DemoInsert): Promise<void> {
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
      await insert('INSERT INTO other_income (id, event_id, kind, label, amount_cents) VALUES ($1, $2, $3, $4, $5)', [
        demoRowId('f', plan.eventId, index + 1),
        plan.eventId,
        income.kind,
        income.label,
        income.amountCents,
      ]);
    }
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
}
