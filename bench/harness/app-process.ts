import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

export const BENCH_TOKEN_SECRET = 'bench-secret-that-is-long-enough-for-the-schema';

export interface ServerProcess {
  baseUrl: string;
  pid: number;
  /** Milliseconds from spawn until the server answered its readiness URL. */
  readyMs: number;
  rssMiB(): number;
  /** CPU time the process has used so far (user + system), in ms: unlike wall time, not stretched by a busy machine. */
  cpuMs(): number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * A server in its own Node process, so the load generator in this process never shares its event
 * loop. Ready when `readyPath` answers 200.
 */
export async function startServerProcess(options: {
  command: string;
  args: string[];
  env: Record<string, string>;
  readyPath: string;
  port?: number;
}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const started = performance.now();
  const child = spawn(options.command, options.args, {
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: `npm start` does not pass SIGTERM on to the app it starts.
    detached: true,
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(child, `${baseUrl}${options.readyPath}`, output);
  const readyMs = performance.now() - started;
  return {
    baseUrl,
    pid: child.pid ?? 0,
    readyMs,
    rssMiB: () => rssMiBOf(child.pid ?? 0),
    cpuMs: () => cpuMsOf(child.pid ?? 0),
    stop: () => stopProcess(child),
  };
}

/** The app as `npm start` runs it after the build (node dist/src/main.js), on the given database. */
export function startApp(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startServerProcess({
    command: process.execPath,
    args: [resolve('dist/src/main.js')],
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      TOKEN_SECRET: BENCH_TOKEN_SECRET,
      PUBLIC_BASE_URL: 'http://127.0.0.1',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      // Mails the outbox sends land as .eml files here, not in the checkout.
      DATA_DIR: mkdtempSync(join(tmpdir(), 'satelliet-bench-app-')),
      ...env,
    },
    readyPath: '/health',
  });
}

async function waitUntilReady(child: ChildProcess, url: string, output: string[]): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server stopped before it was ready:\n${output.join('')}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 25));
  }
  child.kill('SIGTERM');
  throw new Error(`Server not ready after 120 s:\n${output.join('')}`);
}

function rssMiBOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) / 1024;
}

/** utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms. */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  process.kill(-(child.pid ?? 0), 'SIGTERM');
  await exited;
}
