/**
 * The ceiling for the programme: bare Fastify and one pg pool running the app's own programme SQL
 * and building the same JSON, with no Nest, guards, pipes or ORM. Started by bench/programme.ts.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { PublicEventView, type ListEventsQuery } from '../../src/events/dto/event.dto.js';
import { PUBLIC_EVENT_STATUSES } from '../../src/events/event-status.js';
import { programmeEventFromRow, programmeListSql, totalOf } from '../../src/events/programme-sql.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
const server = Fastify();

server.get<{ Querystring: { season?: string; limit?: string; offset?: string } }>('/api/events', async (request) => {
  const query = {
    season: request.query.season,
    limit: Number(request.query.limit ?? 50),
    offset: Number(request.query.offset ?? 0),
  } as ListEventsQuery;
  const { text, values } = programmeListSql(query, PUBLIC_EVENT_STATUSES);
  const { rows } = await pool.query<Record<string, unknown>>(text, values);
  return { items: rows.map((row) => PublicEventView.of(programmeEventFromRow(row))), total: totalOf(rows) ?? 0 };
});
server.get('/health', async () => ({ status: 'ok' }));

server.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
process.once('SIGTERM', () => void server.close().then(() => pool.end()));
