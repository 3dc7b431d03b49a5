import { Client } from 'pg';
import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
import { SESSION_COOKIE } from '../src/web/web-session.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  PASSWORD,
  publishedEvent,
  registrationBody,
  signOnBody,
  type Member,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { waitUntil } from './support/wait-until.js';
import { postForm, visitForm } from './support/web-form.js';
import { asBuffer, pdfText } from './support/pdf-text.js';

interface Partner extends Member {
  name: string;
  enterpriseNumber: string;
}

describe('een organisatie wissen (AVG)', () => {
  let t: TestApp;
  let admin: Member;
  let finance: Member;
  let launchCentre: Partner;

  async function register(kind: 'culture_house' | 'care_centre' = 'care_centre', enterpriseNumber?: string): Promise<Partner> {
    const body = registrationBody({ kind, enterpriseNumber });
    const response = await t.http.post('/api/auth/register').send(body).expect(201);
    return {
      token: response.body.accessToken,
      userId: response.body.user.id,
      organisationId: response.body.user.organisation.id,
      email: body.user.email,
      name: body.organisation.name,
      enterpriseNumber: body.organisation.enterpriseNumber,
    };
  }

  /** Signed on and invoiced; the invoice is open until `pay`. */
  async function invoicedSignOn(partner: Partner) {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(partner))
      .send(signOnBody({ contactName: 'Carla Contact', contactEmail: 'carla@contact.example' }))
      .expect(201);
    await t.app.get(OutboxRelay).drain();
    const [invoice] = await t.dataSource.query(
      `SELECT id, number, gross_cents, structured_communication FROM invoices WHERE buyer_organisation_id = $1`,
      [partner.organisationId],
    );
    const [{ title }] = await t.dataSource.query(`SELECT title FROM events WHERE id = $1`, [eventId]);
    return { eventId, title: title as string, invoice };
  }

  /** A past stream, paid in full: nothing stands in the way of erasure. */
  async function settledPartner(): Promise<Partner & { invoiceId: string }> {
    const partner = await register();
    const { eventId, invoice } = await invoicedSignOn(partner);
    await t.http
      .post(`/api/invoices/${invoice.id}/payments`)
      .set(bearer(finance))
      .send({ amountCents: invoice.gross_cents, date: '2026-11-20', communication: invoice.structured_communication })
      .expect(201);
    await t.dataSource.query(
      `UPDATE events SET starts_at = starts_at - interval '1 year', ends_at = ends_at - interval '1 year',
              sign_on_deadline = sign_on_deadline - interval '1 year',
              test_slot_starts_at = test_slot_starts_at - interval '1 year', test_slot_ends_at = test_slot_ends_at - interval '1 year'
        WHERE id = $1`,
      [eventId],
    );
    return { ...partner, invoiceId: invoice.id };
  }

  const erase = (organisationId: string, confirmName: string, who: Member = admin) =>
    t.http.post(`/api/organisations/${organisationId}/erasure`).set(bearer(who)).send({ confirmName });
  const login = (email: string) => t.http.post('/api/auth/login').send({ email, password: PASSWORD });
  const organisationRow = async (id: string) =>
    (await t.dataSource.query(`SELECT name, email, erased_at FROM organisations WHERE id = $1`, [id]))[0];
  const download = (path: string) => t.http.get(path).set(bearer(finance)).buffer(true).parse(asBuffer);

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    finance = await createStaff(t, 'finance');
    launchCentre = await register('culture_house');
  });
  afterAll(() => t.close());

  it('anonimiseert gebruikers en contactpersonen, sluit elke deur, en houdt de factuur met de koper van bij uitgifte', async () => {
    const partner = await settledPartner();
    const bystander = await settledPartner();
    const { url } = (await t.http.post('/api/calendar/feed/rotate').set(bearer(partner)).expect(200)).body;
    await t.dataSource.query(
      `INSERT INTO stream_feedback (subscription_id, event_id, viewers, screens, satisfaction, picture_and_sound, comment)
       SELECT id, event_id, 12, 1, 5, 'good', 'Mevrouw Peeters van kamer 4 zong alles mee.' FROM subscriptions WHERE organisation_id = $1`,
      [partner.organisationId],
    );

    const erased = await erase(partner.organisationId, `  ${partner.name.toUpperCase()} `).expect(200);
    expect(erased.body).toMatchObject({
      organisationId: partner.organisationId,
      usersAnonymised: 1,
      signOnsAnonymised: 1,
      invoicesKept: 1,
    });

    // Nobody gets in any more: not with the password, not with a token from before, not through the feed.
    await login(partner.email).expect(401);
    await t.http.get('/api/me').set(bearer(partner)).expect(401);
    await t.http.get(new URL(url).pathname).expect(404);

    expect(await organisationRow(partner.organisationId)).toMatchObject({
      name: 'Gewiste organisatie',
      erased_at: expect.any(Date),
    });
    const users = await t.dataSource.query(`SELECT email, full_name, active FROM users WHERE organisation_id = $1`, [
      partner.organisationId,
    ]);
    expect(users).toEqual([
      { email: expect.stringMatching(/^gewist-.+@satelliet\.invalid$/), full_name: 'Gewiste gebruiker', active: false },
    ]);
    const contacts = await t.dataSource.query(
      `SELECT contact_name, contact_email, contact_phone, notes FROM subscriptions WHERE organisation_id = $1`,
      [partner.organisationId],
    );
    expect(contacts).toEqual([
      { contact_name: 'Geanonimiseerd', contact_email: 'geanonimiseerd@satelliet.invalid', contact_phone: '', notes: '' },
    ]);
    const feedback = await t.dataSource.query(
      `SELECT f.viewers, f.satisfaction, f.comment FROM stream_feedback f JOIN subscriptions s ON s.id = f.subscription_id
        WHERE s.organisation_id = $1`,
      [partner.organisationId],
    );
    expect(feedback).toEqual([{ viewers: 12, satisfaction: 5, comment: '' }]);
    const audit = await t.dataSource.query(`SELECT actor_user_id, action FROM audit_entries WHERE subject_id = $1`, [
      partner.organisationId,
    ]);
    expect(audit).toEqual([{ actor_user_id: admin.userId, action: 'organisation.erased' }]);

    // The invoice is downloaded again as it was issued: with the buyer's name from then.
    expect(await pdfText((await download(`/api/invoices/${partner.invoiceId}.pdf`).expect(200)).body as Buffer)).toContain(
      partner.name,
    );
    const ubl = (await download(`/api/invoices/${partner.invoiceId}.xml`).expect(200)).body.toString('utf8');
    expect(ubl).toContain(partner.name);
    expect(ubl).toContain(partner.enterpriseNumber);

    // Another organisation is untouched; the erased one stays erased, and its enterprise may register anew.
    expect((await organisationRow(bystander.organisationId)).name).toBe(bystander.name);
    await login(bystander.email).expect(200);
    expect((await erase(partner.organisationId, 'Gewiste organisatie').expect(409)).body.detail).toBe(
      'Deze organisatie is al gewist.',
    );
    await t.http.post(`/api/organisations/${partner.organisationId}/activate`).set(bearer(admin)).expect(409);
    await register('care_centre', partner.enterpriseNumber);
  });

  it('wist niets zonder de juiste naam, zolang er nog iets loopt, of voor wie geen admin is', async () => {
    const idle = await register();
    const wrongName = await erase(idle.organisationId, `${idle.name} x`).expect(400);
    expect(wrongName.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrongName.body.errors).toEqual([{ field: 'confirmName', message: expect.stringContaining(idle.name) }]);
    await erase(idle.organisationId, '').expect(400);
    await erase(idle.organisationId, idle.name, idle).expect(403);

    const busy = await register();
    const { title, invoice } = await invoicedSignOn(busy);
    const refused = await erase(busy.organisationId, busy.name).expect(409);
    expect(refused.body).toMatchObject({ type: '/problems/erasure-refused', title: expect.any(String) });
    expect(refused.body.detail).toContain(invoice.number);
    expect(refused.body.detail).toContain(title);

    for (const untouched of [idle, busy]) {
      expect(await organisationRow(untouched.organisationId)).toMatchObject({ name: untouched.name, erased_at: null });
      await login(untouched.email).expect(200);
    }
  });

  it('ziet een intekening die tijdens het wissen nog bezig was, en weigert dan', async () => {
    const partner = await register();
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const racer = new Client({ connectionString: t.databaseUrl });
    await racer.connect();
    try {
      // A sign-on in flight: inserted, not yet committed, when the admin presses the button.
      await racer.query('BEGIN');
      await racer.query(
        `INSERT INTO subscriptions (event_id, organisation_id, audience, status, contact_name, contact_email, contact_phone,
                                    screens, expected_viewers, tariff_cents, vat_rate_percent, satellite_share_cents)
         VALUES ($1, $2, 'care_centre', 'confirmed', 'Rita Race', 'rita@contact.example', '011', 1, 10, 9500, 6, 9500)`,
        [eventId, partner.organisationId],
      );
      let answered = false;
      const erasure = erase(partner.organisationId, partner.name).then((response) => {
        answered = true;
        return response;
      });
      // The erasure either waits for the sign-on's lock or, without one, answers before the sign-on commits.
      await waitUntil(
        async () =>
          answered ||
          (
            await t.dataSource.query(
              `SELECT count(*)::int AS waiting FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FOR UPDATE%'`,
            )
          )[0].waiting > 0,
        10_000,
      );
      await racer.query('COMMIT');
      const response = await erasure;
      expect(response.status).toBe(409);
      expect(response.body.type).toBe('/problems/erasure-refused');
    } finally {
      await racer.end();
    }
    expect((await organisationRow(partner.organisationId)).erased_at).toBeNull();
  });

  it('laat de admin wissen op de privacypagina, na de naam over te typen', async () => {
    const partner = await settledPartner();
    const path = `/beheer/privacy/${partner.organisationId}`;
    const visitor = await visitForm(t, path, [`${SESSION_COOKIE}=${admin.token}`]);

    const wrong = await postForm(t, visitor, `${path}/wissen`, { confirmName: 'Een andere naam' }).expect(400);
    expect(wrong.text).toContain('moet de naam van de organisatie zijn');
    expect((await organisationRow(partner.organisationId)).erased_at).toBeNull();

    await postForm(t, visitor, `${path}/wissen`, { confirmName: partner.name }).expect(303).expect('location', path);
    const after = await t.http.get(path).set('Cookie', visitor.cookies.join('; ')).expect(200);
    expect(after.text).toContain('Deze organisatie is gewist.');
    expect(after.text).not.toContain(partner.name);
  });
});
