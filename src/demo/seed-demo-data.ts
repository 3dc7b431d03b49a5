import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_SEASONS, DEMO_USERS } from './demo-data.js';
import { DEMO_EVENTS } from './demo-events.js';
import { demoFeedback } from './demo-impact.js';
import { rowsAsRecordset, seedDemoFinance } from './seed-demo-finance.js';
import { seedDemoProposals } from './seed-demo-proposals.js';

/**
 * Loads the demo data in one transaction. Every row has a fixed id and is inserted with
 * ON CONFLICT DO NOTHING, so a second start adds nothing and never overwrites a change.
 * Returns how many rows were new.
 */
export async function seedDemoData(url: string): Promise<number> {
  const dataSource = new DataSource({ type: 'postgres', url });
  await dataSource.initialize();
  try {
    const passwordHash = await argon2.hash(DEMO_PASSWORD);
    return await dataSource.transaction(async (manager) => {
      let inserted = 0;
      const insert = async (sql: string, parameters: unknown[]) => {
        const result: unknown[] = await manager.query(`${sql} ON CONFLICT DO NOTHING RETURNING 1`, parameters);
        inserted += result.length;
      };
      for (const season of DEMO_SEASONS) {
        await insert('INSERT INTO seasons (code, name, starts_on, ends_on) VALUES ($1, $2, $3, $4)', [
          season.code,
          season.name,
          season.startsOn,
          season.endsOn,
        ]);
      }
      for (const org of DEMO_ORGANISATIONS) {
        await insert(
          `INSERT INTO organisations (id, kind, sub_kind, name, enterprise_number, street, postcode, municipality, province, email, phone,
                                     vat_number, iban)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [
            org.id,
            org.kind,
            org.subKind,
            org.name,
            org.kbo,
            org.street,
            org.postcode,
            org.municipality,
            org.province,
            org.email,
            org.phone,
            'vatNumber' in org ? org.vatNumber : null,
            'iban' in org ? org.iban : null,
          ],
        );
      }
      for (const user of DEMO_USERS) {
        await insert(
          'INSERT INTO users (id, organisation_id, email, full_name, password_hash, role) VALUES ($1, $2, $3, $4, $5, $6)',
          [user.id, user.organisationId, user.email, user.fullName, passwordHash, user.role],
        );
      }
      for (const event of DEMO_EVENTS) {
        await insert(
          `INSERT INTO events (id, season_code, title, performers, description, launch_centre_id, starts_at, ends_at,
                               sign_on_deadline, test_slot_starts_at, test_slot_ends_at, capacity, status, stream_url,
                               cancellation_reason, cancelled_at, published_at,
                               culture_house_tariff_cents, care_centre_tariff_cents, vat_rate_percent)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
                   CASE WHEN $13::event_status = 'cancelled' THEN now() END,
                   CASE WHEN $13::event_status <> 'draft' THEN now() END, $16, $17, $18)`,
          [
            event.id,
            event.seasonCode,
            event.title,
            event.performers,
            event.description,
            event.launchCentreId,
            event.startsAt,
            event.endsAt,
            event.signOnDeadline,
            event.testSlot[0],
            event.testSlot[1],
            event.capacity,
            event.status,
            `https://stream.satelliet.example/live/${event.id}`,
            event.cancellationReason,
            event.cultureHouseTariffCents,
            event.careCentreTariffCents,
            event.vatRatePercent,
          ],
        );
      }
      await seedDemoFinance(insert, manager);
      await insert(
        `INSERT INTO stream_feedback (subscription_id, event_id, viewers, screens, satisfaction, picture_and_sound, comment,
                                      answered_at, updated_at)
         SELECT x.subscription_id, x.event_id, x.viewers, x.screens, x.satisfaction, x.picture_and_sound, x.comment,
                x.answered_at, x.answered_at
           FROM ${rowsAsRecordset({
             subscription_id: 'uuid',
             event_id: 'uuid',
             viewers: 'integer',
             screens: 'integer',
             satisfaction: 'smallint',
             picture_and_sound: 'picture_and_sound',
             comment: 'text',
             answered_at: 'timestamptz',
           })}`,
        [
          JSON.stringify(
            demoFeedback().map((answer) => ({
              ...answer,
              subscription_id: answer.subscriptionId,
              event_id: answer.eventId,
              picture_and_sound: answer.pictureAndSound,
              answered_at: answer.answeredAt,
            })),
          ),
        ],
      );
      await seedDemoProposals(insert);
      return inserted;
    });
  } finally {
    await dataSource.destroy();
  }
}
