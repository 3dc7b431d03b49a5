import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { loadAppConfig } from '../../src/common/config/app-config.js';
import { createTestDatabase } from './test-database.js';

export interface TestApp {
  app: NestFastifyApplication;
  http: TestAgent;
  dataSource: DataSource;
  databaseUrl: string;
  baseUrl: string;
  close(): Promise<void>;
}

/** The real app on its own database, listening on a free loopback port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  return startAppOn(await createTestDatabase(), env);
}

/**
 * The app on an existing test database: what a second replica, or the app after a crash and
 * restart, looks like to the database.
 */
export async function startAppOn(databaseUrl: string, env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadAppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    OUTBOX_POLL_MS: '0',
    MAIL_POLL_MS: '0',
    TOKEN_SECRET: 'test-secret-that-is-long-enough-for-the-schema',
    // The tests hash hundreds of passwords; at argon2's production cost that alone takes minutes.
    PASSWORD_HASH_MEMORY_KIB: '1024',
    ...env,
  });
  const app = await createApp(config, databaseUrl);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get<DataSource>(getDataSourceToken()),
    databaseUrl,
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => app.close(),
  };
}
