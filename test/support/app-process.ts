import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { rawRequest } from './raw-http.js';

/** The secret the in-process test apps sign with, so their tokens work against a spawned app too. */
export const TEST_TOKEN_SECRET = 'test-secret-that-is-long-enough-for-the-schema';

export interface AppProcess {
  baseUrl: string;
  process: ChildProcess;
  /** Everything the app wrote, for the failure message when it does not come up. */
  output(): string;
  /** SIGKILL: no shutdown hook runs, open transactions die with the connection. */
  kill(): Promise<void>;
  /** SIGTERM, the way an orchestrator stops a replica. */
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * The built app (`node dist/src/main.js`, what `npm start` runs) in its own process on an
 * existing test database, resolved once /health/ready answers 200.
 */
export async function spawnApp(
  databaseUrl: string,
  env: Record<string, string> = {},
  readyTimeoutMs = 180_000,
): Promise<AppProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [resolve('dist/src/main.js')], {
    cwd: process.cwd(),
    env: {
      PATH: process.env.PATH,
      TZ: 'UTC',
      NODE_ENV: 'test',
      SEED_DEMO_DATA: 'false',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      TOKEN_SECRET: TEST_TOKEN_SECRET,
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      PASSWORD_HASH_MEMORY_KIB: '1024',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000)));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const handle: AppProcess = {
    baseUrl,
    process: child,
    output: () => output,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`De app stopte bij het starten:\n${output}`);
    const ready = await rawRequest(baseUrl, { method: 'GET', path: '/health/ready' }).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return handle;
    if (Date.now() > deadline) {
      await handle.kill();
      throw new Error(`De app werd niet klaar binnen ${readyTimeoutMs} ms:\n${output}`);
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
}
