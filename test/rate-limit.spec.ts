import { registrationBody } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('rate limit op registreren en aanmelden', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('geeft 429 zodra een adres te veel aanvragen per minuut stuurt, geteld in PostgreSQL', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      statuses.push((await t.http.post('/api/auth/login').send({ email: 'iemand@test.example', password: 'x' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const register = await t.http.post('/api/auth/register').send(registrationBody());
    expect(register.status).toBe(429);
    expect(register.body.type).toBe('/problems/too-many-requests');
    const [bucket] = await t.dataSource.query(
      `SELECT hits FROM rate_limit_buckets WHERE key LIKE 'auth:%' ORDER BY hits DESC LIMIT 1`,
    );
    expect(bucket.hits).toBeGreaterThanOrEqual(4);
  });
});
