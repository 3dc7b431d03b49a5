import { strFromU8, unzipSync } from 'fflate';
import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
import { SESSION_COOKIE } from '../src/web/web-session.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  publishedEvent,
  registerMember,
  signOnBody,
  type Member,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { asBuffer } from './support/pdf-text.js';

interface ExportJson {
  organisation: { id: string; name: string };
  users: Record<string, unknown>[];
  signOns: { id: string; contactName: string; contactEmail: string; statusHistory: { toStatus: string }[] }[];
  invoices: { number: string; buyer: { name: string }; lines: unknown[]; payments: { amountCents: number }[] }[];
  calendarFeed: { createdAt: string } | null;
  auditEntries: { action: string; subjectId: string }[];
}

describe('AVG-export van een organisatie', () => {
  let t: TestApp;
  let admin: Member;
  let finance: Member;
  let mine: Member;
  let other: Member;
  let mineName: string;
  let otherName: string;
  let mineInvoice: { id: string; number: string; gross_cents: number; structured_communication: string };
  let otherInvoiceNumber: string;
  let feedToken: string;

  /** The raw bytes of a download. */
  const download = (path: string, headers: Record<string, string>) => t.http.get(path).set(headers).buffer(true).parse(asBuffer);
  const unzip = (body: Buffer) => unzipSync(new Uint8Array(body));
  const jsonOf = (files: Record<string, Uint8Array>) => JSON.parse(strFromU8(files['gegevens.json'])) as ExportJson;
  const nameOf = async (member: Member) =>
    (await t.dataSource.query<{ name: string }[]>(`SELECT name FROM organisations WHERE id = $1`, [member.organisationId]))[0]
      .name;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    finance = await createStaff(t, 'finance');
    const launchCentre = await registerMember(t, 'culture_house');
    [mine, other] = [await registerMember(t), await registerMember(t)];
    [mineName, otherName] = [await nameOf(mine), await nameOf(other)];
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const contact = (who: string) =>
      signOnBody({ contactName: `${who} Contact`, contactEmail: `${who.toLowerCase()}@contact.example` });
    await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(mine)).send(contact('Anna')).expect(201);
    await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(other)).send(contact('Bert')).expect(201);
    await t.app.get(OutboxRelay).drain();
    const invoices = await t.dataSource.query(
      `SELECT id, number, gross_cents, structured_communication, buyer_organisation_id FROM invoices WHERE buyer_organisation_id = ANY($1)`,
      [[mine.organisationId, other.organisationId]],
    );
    mineInvoice = invoices.find((row: { buyer_organisation_id: string }) => row.buyer_organisation_id === mine.organisationId);
    otherInvoiceNumber = invoices.find(
      (row: { buyer_organisation_id: string }) => row.buyer_organisation_id === other.organisationId,
    ).number;
    await t.http
      .post(`/api/invoices/${mineInvoice.id}/payments`)
      .set(bearer(finance))
      .send({ amountCents: mineInvoice.gross_cents, date: '2026-11-20', communication: mineInvoice.structured_communication })
      .expect(201);
    const { url } = (await t.http.post('/api/calendar/feed/rotate').set(bearer(mine)).expect(200)).body;
    feedToken = /\/calendar\/([\w-]+)\.ics$/.exec(url)![1];
  });
  afterAll(() => t.close());

  it('geeft een lid één ZIP met alle gegevens van de eigen organisatie, de facturen als pdf en UBL, en niets van een ander', async () => {
    const response = await download(`/api/organisations/${mine.organisationId}/export`, bearer(mine)).expect(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="satelliet-gegevens-wzc-test-\d+-\d{4}-\d{2}-\d{2}\.zip"$/,
    );

    const files = unzip(response.body as Buffer);
    expect(Object.keys(files).sort()).toEqual(
      ['gegevens.json', `facturen/factuur-${mineInvoice.number}.pdf`, `facturen/factuur-${mineInvoice.number}.xml`].sort(),
    );
    expect(strFromU8(files[`facturen/factuur-${mineInvoice.number}.pdf`].subarray(0, 5))).toBe('%PDF-');
    const data = jsonOf(files);
    expect(data.organisation).toMatchObject({ id: mine.organisationId, name: mineName });
    expect(data.users).toEqual([expect.objectContaining({ id: mine.userId, email: mine.email, role: 'member', active: true })]);
    expect(data.signOns).toEqual([
      expect.objectContaining({
        contactName: 'Anna Contact',
        contactEmail: 'anna@contact.example',
        statusHistory: [expect.objectContaining({ toStatus: 'confirmed' })],
      }),
    ]);
    expect(data.invoices).toEqual([
      expect.objectContaining({
        number: mineInvoice.number,
        buyer: expect.objectContaining({ name: mineName }),
        payments: [expect.objectContaining({ amountCents: mineInvoice.gross_cents })],
      }),
    ]);
    expect(data.invoices[0].lines.length).toBeGreaterThan(0);
    expect(data.calendarFeed).toEqual({ createdAt: expect.any(String) });
    expect(data.auditEntries.map((entry) => entry.action)).toContain('invoice.issued');

    const text = strFromU8(files['gegevens.json']);
    for (const secretOrForeign of [
      feedToken,
      '$argon2',
      'passwordHash',
      'password_hash',
      otherName,
      other.email,
      other.organisationId,
      'Bert Contact',
      otherInvoiceNumber,
    ]) {
      expect(text).not.toContain(secretOrForeign);
    }
  });

  it('weigert de export aan een lid van een andere organisatie en aan finance, en geeft ze een admin', async () => {
    const refused = await t.http.get(`/api/organisations/${mine.organisationId}/export`).set(bearer(other)).expect(404);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: '/problems/organisation-not-found',
      detail: expect.stringMatching(/organisatie/),
    });
    await t.http.get(`/api/organisations/${mine.organisationId}/export`).set(bearer(finance)).expect(404);
    await t.http.get(`/api/organisations/${mine.organisationId}/export`).expect(401);

    const asAdmin = await download(`/api/organisations/${mine.organisationId}/export`, bearer(admin)).expect(200);
    expect(jsonOf(unzip(asAdmin.body as Buffer)).organisation.id).toBe(mine.organisationId);
  });

  it('biedt de download aan op de accountpagina van het lid en op de privacypagina van de admin', async () => {
    const cookie = (who: Member) => ({ Cookie: `${SESSION_COOKIE}=${who.token}` });
    const account = await t.http.get('/mijn').set(cookie(mine)).expect(200);
    expect(account.text).toMatch(/<a [^>]*href="\/mijn\/gegevens\.zip"[^>]*>Mijn gegevens downloaden<\/a>/);
    const own = await download('/mijn/gegevens.zip', cookie(mine)).expect(200);
    expect(own.headers['content-type']).toBe('application/zip');
    expect(jsonOf(unzip(own.body as Buffer)).organisation.id).toBe(mine.organisationId);

    const list = await t.http
      .get(`/beheer/privacy?naam=${encodeURIComponent(mineName)}`)
      .set(cookie(admin))
      .expect(200);
    expect(list.text).toContain(`href="/beheer/privacy/${mine.organisationId}"`);
    const page = await t.http.get(`/beheer/privacy/${mine.organisationId}`).set(cookie(admin)).expect(200);
    expect(page.text).toContain(`href="/beheer/privacy/${mine.organisationId}/gegevens.zip"`);
    const asAdmin = await download(`/beheer/privacy/${mine.organisationId}/gegevens.zip`, cookie(admin)).expect(200);
    expect(jsonOf(unzip(asAdmin.body as Buffer)).organisation.id).toBe(mine.organisationId);
    await t.http.get(`/beheer/privacy/${mine.organisationId}/gegevens.zip`).set(cookie(other)).expect(403);
  });
});
