import type pg from 'pg';

/**
 * The ceiling for a sign-on: the booking transaction Satelliet runs (lock the event, look for an
 * active sign-on of the organisation, count the places taken, insert the sign-on, its status
 * history and its outbox message, commit), sent by node-pg with named prepared statements and no
 * HTTP, guard, validation or ORM around it.
 */
const LOCK = {
  name: 'bench-lock',
  text: `SELECT id, status, capacity, sign_on_deadline, culture_house_tariff_cents, care_centre_tariff_cents, vat_rate_percent,
                previous_event_id, priority_until FROM events WHERE id = $1 FOR UPDATE`,
};
const EXISTING = {
  name: 'bench-existing',
  text: `SELECT id FROM subscriptions WHERE event_id = $1 AND organisation_id = $2
            AND status = ANY('{confirmed,pending_payment,waitlisted}'::subscription_status[])`,
};
const TAKEN = {
  name: 'bench-taken',
  text: `SELECT count(*) AS n FROM subscriptions WHERE event_id = $1 AND status = ANY('{confirmed,pending_payment}'::subscription_status[])`,
};
const INSERT = {
  name: 'bench-insert',
  text: `INSERT INTO subscriptions (event_id, organisation_id, audience, status, contact_name, contact_email, contact_phone, screens,
                                    expected_viewers, notes, tariff_cents, vat_rate_percent, sponsor_share_cents, satellite_share_cents)
         VALUES ($1, $2, 'care_centre', $3, 'Lies Animatie', 'lies@example.org', '011 00 02 01', 2, 40, '', $4, $5, 0, $4)
         RETURNING id`,
};
const HISTORY = {
  name: 'bench-history',
  text: `INSERT INTO subscription_status_changes (subscription_id, from_status, to_status, changed_by_user_id) VALUES ($1, NULL, $2, NULL)`,
};
const OUTBOX = { name: 'bench-outbox', text: `INSERT INTO outbox_messages (topic, payload) VALUES ($1, $2)` };

export async function signOnTransaction(pool: pg.Pool, eventId: string, organisationId: string): Promise<string> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows: events } = await client.query<{ capacity: number; care_centre_tariff_cents: number; vat_rate_percent: number }>(
      {
        ...LOCK,
        values: [eventId],
      },
    );
    const existing = await client.query({ ...EXISTING, values: [eventId, organisationId] });
    if (existing.rowCount) throw new Error('already signed on');
    const { rows: taken } = await client.query<{ n: string }>({ ...TAKEN, values: [eventId] });
    const status = Number(taken[0].n) < events[0].capacity ? 'confirmed' : 'waitlisted';
    const { rows: inserted } = await client.query<{ id: string }>({
      ...INSERT,
      values: [eventId, organisationId, status, events[0].care_centre_tariff_cents, events[0].vat_rate_percent],
    });
    await client.query({ ...HISTORY, values: [inserted[0].id, status] });
    await client.query({
      ...OUTBOX,
      values: [`subscription.${status}`, JSON.stringify({ subscriptionId: inserted[0].id, eventId, organisationId })],
    });
    await client.query('COMMIT');
    return status;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
