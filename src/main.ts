import 'reflect-metadata';
import { createApp } from './app.factory.js';
import { ConfigError, loadAppConfig, type AppConfig } from './common/config/app-config.js';
import { EmbeddedDatabaseError } from './common/database/embedded-postgres-server.js';
import { openDatabase } from './common/database/open-database.js';
import { runMigrations } from './common/database/run-migrations.js';
import { welcomeLines } from './common/config/welcome-lines.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo-data.js';
import { shouldLoadDemoData } from './demo/demo-policy.js';
import { seedDemoData } from './demo/seed-demo-data.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const config = loadAppConfig();
  const database = await openDatabase(config, say);
  let stopping = false;
  const stopDatabase = async () => {
    if (stopping) return;
    stopping = true;
    await database.stop();
  };
  try {
    const applied = await runMigrations(database.url);
    say(applied.length ? `Migraties uitgevoerd: ${applied.join(', ')}` : 'Database is bij: geen nieuwe migraties.');
    if (shouldLoadDemoData(config)) {
      const added = await seedDemoData(database.url);
      say(added ? `Demodata geladen (${added} rijen).` : 'Demodata was er al; niets opnieuw geladen.');
    }
    const app = await createApp(config, database.url);
    await app.listen(config.PORT, config.HOST);

    const shutdown = async (signal: string) => {
      say(`${signal} ontvangen: Satelliet stopt netjes …`);
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));

    printWelcome(config);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

function printWelcome(config: AppConfig): void {
  say('');
  for (const line of welcomeLines(config, shouldLoadDemoData(config) ? DEMO_USERS : [], DEMO_PASSWORD)) say(line);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError) {
    process.stderr.write(`\n${error.message}\n`);
  } else {
    process.stderr.write(
      `\nSatelliet kon niet starten: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
