import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
import { SESSION_COOKIE } from '../src/web/web-session.js';
import {
  bearer,
  createMembersInBulk,
  createStaff,
  ensureSeason,
  type Member,
  publishedEvent,
  registerMember,
  setPaymentMethod,
  signOnBody,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// 95,00 excluding VAT, 100,70 with 6 % VAT: each invoice and the online charge.
const NET = 9_500;
const GROSS = 10_070;

describe('geld binnen: gefactureerd, ontvangen en nog open', () => {
  let t: TestApp;
  let finance: Member;
  let eventId: string;
  let year: number;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    finance = await createStaff(t, 'finance');
    const admin = await createStaff(t, 'admin');
    const launchCentre = await registerMember(t, 'culture_house');
    eventId = await publishedEvent(t, admin, launchCentre.organisationId, {
      title: 'Old Time Favourites',
      careCentreTariffCents: NET,
      vatRatePercent: 6,
    });
    const [{ year: budgetYear }] = await t.dataSource.query(
      `SELECT extract(year FROM starts_at AT TIME ZONE 'Europe/Brussels')::int AS year FROM events WHERE id = $1`,
      [eventId],
    );
    year = budgetYear;

    // Five care centres: paid in full, half paid, unpaid, paid 40,00 then cancelled, paid online.
    const members = await createMembersInBulk(t, 5);
    const signOnIds: string[] = [];
    for (const member of members) {
      const response = await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(signOnBody());
      signOnIds.push(response.body.id as string);
    }
    await setPaymentMethod(t.dataSource, [members[4].organisationId], 'online');
    // The online payer's charge, as the Stripe webhook leaves it (no Stripe key in this app), before
    // the confirmation is invoiced: its invoice is then issued as paid and counts the payment once.
    await t.dataSource.query(
      `INSERT INTO payments (subscription_id, attempt, net_cents, vat_cents, gross_cents, vat_rate_percent, status,
                             hold_expires_at, session_expires_at, payment_intent_id, paid_at)
       VALUES ($1, 1, $2, $3, $4, 6, 'paid', now(), now() + interval '1 hour', $5, now())`,
      [signOnIds[4], NET, GROSS - NET, GROSS, `pi_${signOnIds[4]}`],
    );
    await t.app.get(OutboxRelay).drain();
    const invoiceOf = async (subscriptionId: string) =>
      (
        await t.dataSource.query(`SELECT id, structured_communication, issue_date FROM invoices WHERE subscription_id = $1`, [
          subscriptionId,
        ])
      )[0];
    const pay = async (subscriptionId: string, amountCents: number) => {
      const invoice = await invoiceOf(subscriptionId);
      await t.http
        .post(`/api/invoices/${invoice.id}/payments`)
        .set(bearer(finance))
        .send({ amountCents, date: '2026-11-20', communication: invoice.structured_communication })
        .expect(201);
    };
    await pay(signOnIds[0], GROSS);
    await pay(signOnIds[1], GROSS / 2);
    await pay(signOnIds[3], 4_000);
    await t.http.post(`/api/subscriptions/${signOnIds[3]}/cancel`).set(bearer(members[3])).send({}).expect(200);
    await t.app.get(OutboxRelay).drain();
  });
  afterAll(() => t.close());

  const expected = {
    // Three invoices still standing and the online payment; the credited one is no revenue.
    invoicedCents: 4 * NET,
    // In full, half (47,50 net of 50,35) and online.
    paidCents: NET + NET / 2 + NET,
    openCents: NET / 2 + NET,
    overdueCents: 0,
    creditedCents: NET,
    paidGrossCents: GROSS + GROSS / 2 + GROSS,
    openGrossCents: GROSS / 2 + GROSS,
    refundDueGrossCents: 4_000,
  };

  it('toont per voorstelling wat gefactureerd, ontvangen en nog open is, uit facturen, creditnota’s en betalingen', async () => {
    const response = await t.http.get(`/api/finance/events/${eventId}/money-in`).set(bearer(finance)).expect(200);
    expect(response.body).toEqual({
      eventId,
      title: 'Old Time Favourites',
      startsAt: expect.any(String),
      eventStatus: 'published',
      ...expected,
    });
  });

  it('telt het budgetjaar op uit zijn voorstellingen', async () => {
    const response = await t.http.get(`/api/finance/years/${year}/money-in`).set(bearer(finance)).expect(200);
    expect(response.body.year).toBe(year);
    expect(response.body.events).toEqual([expect.objectContaining({ eventId, ...expected })]);
    expect(response.body.totals).toEqual(expected);
  });

  it('laat een satelliet de cijfers niet zien, en antwoordt 404 voor een onbekende voorstelling', async () => {
    const member = await registerMember(t, 'care_centre');
    await t.http.get(`/api/finance/years/${year}/money-in`).set(bearer(member)).expect(403);
    const missing = await t.http
      .get('/api/finance/events/00000000-0000-4000-8000-000000000000/money-in')
      .set(bearer(finance))
      .expect(404);
    expect(missing.body.detail).toContain('geen voorstelling');
  });

  it('toont geld binnen op de jaarpagina en op de pagina van de voorstelling', async () => {
    const cookie = `${SESSION_COOKIE}=${finance.token}`;
    const yearPage = await t.http.get(`/financien?jaar=${year}`).set('Cookie', cookie).expect(200);
    expect(yearPage.text).toContain('Geld binnen');
    expect(yearPage.text).toMatch(/Ontvangen<\/dt><dd>€\u00A0237,50/);
    expect(yearPage.text).toMatch(/Nog te ontvangen<\/dt><dd>€\u00A0142,50/);
    const eventPage = await t.http.get(`/financien/voorstelling/${eventId}`).set('Cookie', cookie).expect(200);
    expect(eventPage.text).toMatch(/Gefactureerd<\/dt><dd>€\u00A0380,00/);
    expect(eventPage.text).toMatch(/Terug te storten<\/dt><dd>€\u00A040,00 met btw/);
  });
});
