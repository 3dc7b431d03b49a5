import type pg from 'pg';

/** Anything with a `query` like pg's Pool, TypeORM's DataSource or a client. */
type Queryable = Pick<pg.Pool, 'query'>;

export async function insertSeason(db: Queryable, code: string): Promise<void> {
  const [from, to] = code.split('-');
  await db.query(`INSERT INTO seasons (code, name, starts_on, ends_on) VALUES ($1, $2, $3, $4)`, [
    code,
    `Seizoen ${code}`,
    `${from}-01-01`,
    `${to}-06-30`,
  ]);
}

/** `count` organisations, every fourth a culture house; returns their ids in insertion order. */
export async function insertOrganisations(
  db: Queryable,
  count: number,
  kind?: 'care_centre' | 'culture_house',
): Promise<string[]> {
  const kindOf = (index: string) =>
    kind ? `'${kind}'` : `CASE WHEN ${index} % 4 = 0 THEN 'culture_house' ELSE 'care_centre' END`;
  const result = await db.query<{ id: string }>(
    `INSERT INTO organisations (kind, sub_kind, name, enterprise_number, street, postcode, municipality, province, email, phone)
     SELECT ${kindOf('i')}::organisation_kind,
            CASE WHEN ${kindOf('i')} = 'culture_house' THEN 'cultuurcentrum' ELSE 'woonzorgcentrum' END::organisation_sub_kind,
            'Bench ' || i, lpad((i + taken.n)::text, 10, '0'), 'Straat 1', '3000', 'Leuven', 'vlaams-brabant', 'b' || i || '@example.org', '016 00 00 00'
       FROM generate_series(1, $1::int) AS i, (SELECT count(*) AS n FROM organisations) AS taken
     RETURNING id`,
    [count],
  );
  return result.rows.map((row) => row.id);
}

/**
 * `count` published events of one season, one a day from `firstDay`, with a programme text of
 * realistic length (about 600 bytes of JSON per event).
 */
export async function insertPublishedEvents(
  db: Queryable,
  options: { count: number; season: string; launchCentreId: string; firstDay: string; capacity?: number | null },
): Promise<string[]> {
  const result = await db.query<{ id: string }>(
    `INSERT INTO events (season_code, title, performers, description, launch_centre_id, starts_at, ends_at, sign_on_deadline,
                         test_slot_starts_at, test_slot_ends_at, capacity, status, published_at,
                         culture_house_tariff_cents, care_centre_tariff_cents, vat_rate_percent)
     SELECT $2, 'Voorstelling ' || i, ARRAY['Artiest ' || i, 'Het Orkest'],
            'Een namiddag vol liedjes die iedereen kent, gezongen en gespeeld op het podium van het cultuurcentrum. '
              || 'De bewoners zingen mee vanuit hun eigen zaal; na afloop groeten de artiesten de satellieten. ' || i,
            $3, t, t + interval '90 minutes', t - interval '2 days', t - interval '90 minutes', t - interval '45 minutes',
            $5, 'published', now(), 25000, 9500, 6
       FROM generate_series(1, $1::int) AS i,
            LATERAL (SELECT ($4::date + i * interval '1 day' + interval '13 hours')::timestamptz AS t) AS d
     ORDER BY i
     RETURNING id`,
    [options.count, options.season, options.launchCentreId, options.firstDay, options.capacity ?? null],
  );
  return result.rows.map((row) => row.id);
}

export async function postgresVersion(db: Queryable): Promise<string> {
  const result = await db.query<{ server_version: string }>('SHOW server_version');
  return result.rows[0].server_version;
}
