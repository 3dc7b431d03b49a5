// Jest loads this file with plain require(), so it uses the compiled app (npm test builds first).
const { chmodSync, mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Client } = require('pg');
const { startEmbeddedPostgres } = require('../../dist/src/common/database/embedded-postgres-server.js');
const { runMigrations } = require('../../dist/src/common/database/run-migrations.js');

const TEMPLATE_DATABASE = 'satelliet_template';

/**
 * One real PostgreSQL for the whole run, under the OS temp folder (CI clones into folders the
 * postgres user may not enter). Migrations run once into a template; every test file then gets
 * its own database copied from it.
 */
module.exports = async function globalSetup() {
  const folder = mkdtempSync(join(tmpdir(), 'satelliet-test-'));
  chmodSync(folder, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(folder, 'pg'), preferredPort: 0 , throwaway: true });
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = new URL(server.url);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await runMigrations(templateUrl.toString());
  process.env.TEST_PG_URL = server.url;
  globalThis.satellietTestDatabase = { stop: () => server.stop(), folder };
};
