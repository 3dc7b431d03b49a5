import type { DataSource } from 'typeorm';
import { PasswordHasher } from '../../src/accounts/password-hasher.js';
import { TokenService } from '../../src/accounts/token.service.js';
import { enterpriseCheckDigits } from '../../src/organisations/enterprise-number.js';
import type { TestApp } from './test-app.js';

let sequence = 0;
const unique = () => `${process.pid % 1000}${Date.now() % 100000}${String(++sequence).padStart(4, '0')}`;

/** A valid, unused enterprise number: eight varying digits plus their check digits. */
export function validEnterpriseNumber(): string {
  const firstEight = `0${unique().padStart(7, '0').slice(-7)}`;
  return `${firstEight}${String(enterpriseCheckDigits(firstEight)).padStart(2, '0')}`;
}

export const PASSWORD = 'een-goed-wachtwoord';

/** The operator's account in tests; a valid IBAN, so invoicing accepts it. */
export const OPERATOR_TEST_IBAN = 'BE71096123456769';

export function registrationBody(
  overrides: { kind?: 'culture_house' | 'care_centre'; email?: string; enterpriseNumber?: string } = {},
) {
  const kind = overrides.kind ?? 'care_centre';
  const tag = unique();
  return {
    organisation: {
      kind,
      subKind: kind === 'care_centre' ? 'woonzorgcentrum' : 'cultuurcentrum',
      name: `${kind === 'care_centre' ? 'WZC' : 'CC'} Test ${tag}`,
      enterpriseNumber: overrides.enterpriseNumber ?? validEnterpriseNumber(),
      street: 'Kerkstraat 1',
      postcode: '3990',
      municipality: 'Peer',
      province: 'limburg',
      email: `info-${tag}@test.example`,
      phone: '011 12 34 56',
    },
    user: { fullName: 'Test Gebruiker', email: overrides.email ?? `user-${tag}@test.example`, password: PASSWORD },
  };
}

export interface Member {
  token: string;
  userId: string;
  organisationId: string;
  email: string;
}

/** Registers a culture house or care centre through the API and returns its first user's session. */
export async function registerMember(testApp: TestApp, kind: 'culture_house' | 'care_centre' = 'care_centre'): Promise<Member> {
  const body = registrationBody({ kind });
  const response = await testApp.http.post('/api/auth/register').send(body).expect(201);
  return {
    token: response.body.accessToken,
    userId: response.body.user.id,
    organisationId: response.body.user.organisation.id,
    email: body.user.email,
  };
}

/** Operator staff cannot register themselves; they are inserted, then log in through the API. */
export async function createStaff(testApp: TestApp, role: 'admin' | 'finance'): Promise<Member> {
  const operatorId = await ensureOperator(testApp.dataSource);
  const email = `${role}-${unique()}@operator.example`;
  const [user] = await testApp.dataSource.query(
    `INSERT INTO users (organisation_id, email, full_name, password_hash, role) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [operatorId, email, `Test ${role}`, await testApp.app.get(PasswordHasher).hash(PASSWORD), role],
  );
  const response = await testApp.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
  return { token: response.body.accessToken, userId: user.id, organisationId: operatorId, email };
}

async function ensureOperator(dataSource: DataSource): Promise<string> {
  const existing = await dataSource.query(`SELECT id FROM organisations WHERE kind = 'operator' LIMIT 1`);
  if (existing.length > 0) return existing[0].id;
  const enterpriseNumber = validEnterpriseNumber();
  const [row] = await dataSource.query(
    `INSERT INTO organisations (kind, name, enterprise_number, vat_number, iban, street, postcode, municipality, province, email, phone)
     VALUES ('operator', 'Satelliet vzw', $1, $2, $3, 'Bondgenotenlaan 1', '3000', 'Leuven', 'vlaams-brabant', 'info@satelliet.example', '016 00 00 01')
     RETURNING id`,
    [enterpriseNumber, `BE${enterpriseNumber}`, OPERATOR_TEST_IBAN],
  );
  return row.id;
}

/**
 * Test seasons run from 1 August to 31 July, so every day belongs to exactly one, and an event
 * dated relative to today always has a season (an event must start inside its season).
 */
/** Sets how organisations pay, as an admin does on their record. */
export async function setPaymentMethod(
  dataSource: DataSource,
  organisationIds: readonly string[],
  method: 'online' | 'invoice',
): Promise<void> {
  await dataSource.query(`UPDATE organisations SET payment_method = $2 WHERE id = ANY($1::uuid[])`, [organisationIds, method]);
}

export function seasonOf(day: Date): string {
  const year = day.getUTCFullYear();
  return day.getUTCMonth() >= 7 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

/** How many days from now lie `days` days into the season after the current one: a season of its own for a test. */
export function daysIntoNextSeason(days: number, now = new Date()): number {
  const nextStart = Date.UTC(Number(seasonOf(now).slice(5)), 7, 1);
  return Math.ceil((nextStart - now.getTime()) / 86_400_000) + days;
}

/** The given season, or without a code last season, this one and the next; returns the (current) code. */
export async function ensureSeason(dataSource: DataSource, code?: string): Promise<string> {
  const thisYear = Number(seasonOf(new Date()).slice(0, 4));
  const codes = code ? [code] : [-1, 0, 1].map((offset) => `${thisYear + offset}-${thisYear + offset + 1}`);
  for (const season of codes) {
    const [from, to] = season.split('-');
    await dataSource.query(
      `INSERT INTO seasons (code, name, starts_on, ends_on) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [season, `Seizoen ${season}`, `${from}-08-01`, `${to}-07-31`],
    );
  }
  return code ?? codes[1];
}

/** A valid event body, starting `daysAhead` days from now, with its deadline two days before. */
export function eventBody(launchCentreId: string, overrides: Record<string, unknown> = {}, daysAhead = 30) {
  const start = new Date(Date.now() + daysAhead * 86_400_000);
  start.setUTCHours(13, 0, 0, 0);
  const iso = (date: Date) => date.toISOString();
  return {
    seasonCode: seasonOf(start),
    title: `Testvoorstelling ${unique()}`,
    performers: ['De Testers'],
    description: 'Een voorstelling voor de tests.',
    launchCentreId,
    startsAt: iso(start),
    endsAt: iso(new Date(start.getTime() + 90 * 60_000)),
    signOnDeadline: iso(new Date(start.getTime() - 2 * 86_400_000)),
    testSlotStartsAt: iso(new Date(start.getTime() - 90 * 60_000)),
    testSlotEndsAt: iso(new Date(start.getTime() - 45 * 60_000)),
    capacity: null,
    streamUrl: 'https://stream.example/secret-link-123',
    cultureHouseTariffCents: 25000,
    careCentreTariffCents: 9500,
    vatRatePercent: 6,
    ...overrides,
  };
}

export const bearer = (member: { token: string }) => ({ Authorization: `Bearer ${member.token}` });

/**
 * Many organisations at once, straight into the database with one shared password hash, and a
 * token each from the app's own TokenService: registering 500 through the API would spend most
 * of the test on argon2.
 */
export async function createMembersInBulk(
  testApp: TestApp,
  count: number,
  kind: 'culture_house' | 'care_centre' = 'care_centre',
): Promise<Member[]> {
  const passwordHash = await testApp.app.get(PasswordHasher).hash(PASSWORD);
  const tokens = testApp.app.get(TokenService);
  const members: Member[] = [];
  for (let index = 0; index < count; index++) {
    const tag = unique();
    const [organisation] = await testApp.dataSource.query(
      `INSERT INTO organisations (kind, sub_kind, name, enterprise_number, street, postcode, municipality, province, email, phone)
       VALUES ($1, $2, $3, $4, 'Kerkstraat 1', '3990', 'Peer', 'limburg', $5, '011 12 34 56') RETURNING id`,
      [
        kind,
        kind === 'care_centre' ? 'woonzorgcentrum' : 'cultuurcentrum',
        `Org ${tag}`,
        validEnterpriseNumber(),
        `org-${tag}@test.example`,
      ],
    );
    const email = `bulk-${tag}@test.example`;
    const [user] = await testApp.dataSource.query(
      `INSERT INTO users (organisation_id, email, full_name, password_hash, role) VALUES ($1, $2, 'Bulk Gebruiker', $3, 'member') RETURNING id`,
      [organisation.id, email, passwordHash],
    );
    members.push({
      token: (await tokens.issue({ id: user.id, sessionVersion: 0 })).accessToken,
      userId: user.id,
      organisationId: organisation.id,
      email,
    });
  }
  return members;
}

export function signOnBody(overrides: Record<string, unknown> = {}) {
  return {
    contactName: 'Lies Animatie',
    contactEmail: 'lies@test.example',
    contactPhone: '011 00 02 01',
    screens: 2,
    expectedViewers: 40,
    notes: 'Rolstoeltoegankelijk.',
    ...overrides,
  };
}

/** Creates and publishes an event through the admin API; returns its id. */
export async function publishedEvent(
  testApp: TestApp,
  admin: Member,
  launchCentreId: string,
  overrides: Record<string, unknown> = {},
  daysAhead = 30,
): Promise<string> {
  const created = await testApp.http
    .post('/api/events')
    .set(bearer(admin))
    .send(eventBody(launchCentreId, overrides, daysAhead))
    .expect(201);
  await testApp.http.post(`/api/events/${created.body.id}/publish`).set(bearer(admin)).expect(200);
  return created.body.id as string;
}
