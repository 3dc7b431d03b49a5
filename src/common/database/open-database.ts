import { resolve } from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedPostgres } from './embedded-postgres-server.js';

export interface Database {
  url: string;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; else the embedded PostgreSQL under DATA_DIR, as `npm start` and the CLI commands share it. */
export async function openDatabase(config: AppConfig, say: (line: string) => void): Promise<Database> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => undefined };
  say('Geen DATABASE_URL: de ingebouwde PostgreSQL wordt gestart …');
  const embedded = await startEmbeddedPostgres({
    dataDir: resolve(config.DATA_DIR, 'postgres'),
    preferredPort: config.EMBEDDED_PG_PORT,
    log: say,
  });
  say(`PostgreSQL draait op 127.0.0.1:${embedded.port} (data in ${resolve(config.DATA_DIR, 'postgres')}).`);
  return embedded;
}
