import {
  ANONYMISED_EMAIL,
  SIGN_ON_CONTACT_RETENTION_YEARS,
  SignOnContactRetention,
} from '../src/privacy/sign-on-contact-retention.js';
import { bearer, createStaff, ensureSeason, publishedEvent, registerMember, signOnBody } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe(`contactgegevens van intekeningen, ${SIGN_ON_CONTACT_RETENTION_YEARS} jaar na de voorstelling`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
  });
  afterAll(() => t.close());

  it('worden geanonimiseerd voor oude voorstellingen; recente, aantallen en bedragen blijven', async () => {
    const admin = await createStaff(t, 'admin');
    const centre = await registerMember(t, 'culture_house');
    const member = await registerMember(t);
    const [oldEvent, recentEvent] = [
      await publishedEvent(t, admin, centre.organisationId),
      await publishedEvent(t, admin, centre.organisationId),
    ];
    const body = signOnBody({ contactEmail: 'lies@wzc.example', notes: 'Lies komt met de bus.' });
    const old = await t.http.post(`/api/events/${oldEvent}/subscriptions`).set(bearer(member)).send(body).expect(201);
    const recent = await t.http.post(`/api/events/${recentEvent}/subscriptions`).set(bearer(member)).send(body).expect(201);
    // The stream took place three years ago: every time of the event moves back together.
    await t.dataSource.query(
      `UPDATE events SET starts_at = starts_at - interval '3 years', ends_at = ends_at - interval '3 years',
              sign_on_deadline = sign_on_deadline - interval '3 years',
              test_slot_starts_at = test_slot_starts_at - interval '3 years', test_slot_ends_at = test_slot_ends_at - interval '3 years'
        WHERE id = $1`,
      [oldEvent],
    );

    const retention = t.app.get(SignOnContactRetention);
    expect(await retention.anonymiseBefore(new Date())).toBe(1);
    expect(await retention.anonymiseBefore(new Date())).toBe(0);

    const rows = await t.dataSource.query(
      `SELECT id, contact_name, contact_email, contact_phone, notes, screens, tariff_cents FROM subscriptions WHERE id = ANY($1)`,
      [[old.body.id, recent.body.id]],
    );
    const byId = Object.fromEntries(rows.map((row: { id: string }) => [row.id, row]));
    expect(byId[old.body.id]).toMatchObject({
      contact_name: 'Geanonimiseerd',
      contact_email: ANONYMISED_EMAIL,
      contact_phone: '',
      notes: '',
    });
    expect(byId[old.body.id].screens).toBe(byId[recent.body.id].screens);
    expect(byId[old.body.id].tariff_cents).toBe(byId[recent.body.id].tariff_cents);
    expect(byId[recent.body.id]).toMatchObject({ contact_email: 'lies@wzc.example', notes: 'Lies komt met de bus.' });
  });
});
