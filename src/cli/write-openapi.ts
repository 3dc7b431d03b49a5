import { mkdtempSync, chmodSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenApiDocument, createApp } from '../app.factory.js';
import { loadAppConfig } from '../common/config/app-config.js';
import { startEmbeddedPostgres } from '../common/database/embedded-postgres-server.js';
import { runMigrations } from '../common/database/run-migrations.js';

/** Regenerates openapi.json from the decorators; a test fails when the committed file is stale. */
async function writeOpenApi(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'satelliet-openapi-'));
  chmodSync(folder, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: join(folder, 'pg'), preferredPort: 0 , throwaway: true });
  try {
    await runMigrations(server.url);
    const app = await createApp(loadAppConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), server.url);
    writeFileSync('openapi.json', `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
    await app.close();
    process.stdout.write('openapi.json bijgewerkt.\n');
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

writeOpenApi().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
