import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TEMPLATE_DATABASE, withDatabase } from './database-url.js';

/** A fresh, migrated database for one test file, copied from the template the global setup made. */
export async function createTestDatabase(): Promise<string> {
  const serverUrl = process.env.TEST_PG_URL;
  if (!serverUrl) throw new Error('TEST_PG_URL is not set: run the tests through npm test');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  return withDatabase(serverUrl, name);
}
