import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
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

// Revenue net of credit notes (invoicing) and refunds (payments), read from the tables those
// capabilities write, through the finance API.
const TARIFF = 9_999;
const VAT = 600; // 6 % of 99,99, rounded half up: what an invoice or a Stripe charge adds.

describe('opbrengst na creditnota’s en terugbetalingen', () => {
  let t: TestApp;
  let finance: Member;
  let admin: Member;
  let cultureHouse: Member;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    finance = await createStaff(t, 'finance');
    admin = await createStaff(t, 'admin');
    cultureHouse = await registerMember(t, 'culture_house');
  });
  afterAll(() => t.close());

  const drain = () => t.app.get(OutboxRelay).drain();
  const event = () => publishedEvent(t, admin, cultureHouse.organisationId, { careCentreTariffCents: TARIFF, vatRatePercent: 6 });
  const current = async (eventId: string) =>
    (await t.http.get(`/api/finance/events/${eventId}`).set(bearer(finance)).expect(200)).body.current;
  const cancel = (subscriptionId: string, who: Member) =>
    t.http.post(`/api/subscriptions/${subscriptionId}/cancel`).set(bearer(who)).send({}).expect(200);

  async function signOns(eventId: string, count: number): Promise<{ member: Member; id: string }[]> {
    const signedOn = [];
    for (const member of await createMembersInBulk(t, count)) {
      const response = await t.http
        .post(`/api/events/${eventId}/subscriptions`)
        .set(bearer(member))
        .send(signOnBody())
        .expect(201);
      signedOn.push({ member, id: response.body.id as string });
    }
    return signedOn;
  }

  /**
   * A confirmed sign-on whose organisation pays online, as the Stripe webhook leaves it: one paid
   * payment, and an invoice for its share issued as paid by it. (Without a Stripe key the app
   * confirms online payers at once, so the payment row is written here as the webhook would.)
   */
  async function paidOnline(eventId: string, shares?: { sponsorCents: number }): Promise<{ member: Member; id: string }> {
    const [signOn] = await signOns(eventId, 1);
    await setPaymentMethod(t.dataSource, [signOn.member.organisationId], 'online');
    if (shares) {
      await t.dataSource.query(
        `UPDATE subscriptions SET sponsor_organisation_id = $2, sponsor_share_cents = $3, satellite_share_cents = tariff_cents - $3
          WHERE id = $1`,
        [signOn.id, cultureHouse.organisationId, shares.sponsorCents],
      );
    }
    const [{ share }] = await t.dataSource.query(`SELECT satellite_share_cents AS share FROM subscriptions WHERE id = $1`, [
      signOn.id,
    ]);
    const vat = Math.round((share * 6) / 100);
    await t.dataSource.query(
      `INSERT INTO payments (subscription_id, attempt, net_cents, vat_cents, gross_cents, vat_rate_percent, status,
                             hold_expires_at, session_expires_at, payment_intent_id, paid_at)
       VALUES ($1, 1, $2, $3, $4, 6, 'paid', now(), now() + interval '1 hour', $5, now())`,
      [signOn.id, share, vat, share + vat, `pi_${signOn.id}`],
    );
    // Invoiced after the payment, as the confirmation after a webhook is: the invoice is issued as paid.
    await drain();
    return signOn;
  }

  it('laat de opbrengst met exact het nettobedrag van de creditnota dalen als een gefactureerde intekening voor de deadline annuleert', async () => {
    const eventId = await event();
    const [kept, cancelled] = await signOns(eventId, 2);
    await drain();
    expect(await current(eventId)).toMatchObject({ signOnRevenueCents: 2 * TARIFF, revenueCents: 2 * TARIFF });

    await cancel(cancelled.id, cancelled.member);
    await drain();
    const [creditNote] = await t.dataSource.query(
      `SELECT c.net_cents, c.vat_cents FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id WHERE i.subscription_id = $1`,
      [cancelled.id],
    );
    expect(creditNote).toEqual({ net_cents: TARIFF, vat_cents: VAT });
    // The sign-on left the count and its credit note undoes its invoice: the money goes out once, not twice.
    expect(await current(eventId)).toMatchObject({
      satellites: 1,
      signOnRevenueCents: TARIFF,
      creditedCents: 0,
      retainedCents: 0,
      revenueCents: 2 * TARIFF - creditNote.net_cents,
    });
    expect(kept.id).toBeDefined();
  });

  it('laat een afgelaste voorstelling niets aan intekeningen verdienen zodra alles gecrediteerd is', async () => {
    const eventId = await event();
    await signOns(eventId, 3);
    await drain();
    await t.http.post(`/api/events/${eventId}/cancel`).set(bearer(admin)).send({ reason: 'Artiest ziek' }).expect(200);
    await drain();
    const [{ credited }] = await t.dataSource.query(
      `SELECT sum(c.net_cents)::int AS credited FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id
         JOIN subscriptions s ON s.id = i.subscription_id WHERE s.event_id = $1`,
      [eventId],
    );
    expect(credited).toBe(3 * TARIFF);
    // The three satellites still count for kits already sent; their money went back.
    expect(await current(eventId)).toMatchObject({ satellites: 3, signOnRevenueCents: 0, retainedCents: 0, revenueCents: 0 });
  });

  it('trekt een online betaling die terugbetaald wordt af, tot op de cent, ook als de intekening bevestigd blijft', async () => {
    const eventId = await event();
    const signOn = await paidOnline(eventId);
    // Its invoice was issued as paid by the payment: the money is one document's, counted once.
    expect(await t.dataSource.query(`SELECT status FROM invoices WHERE subscription_id = $1`, [signOn.id])).toEqual([
      { status: 'paid' },
    ]);
    expect(await current(eventId)).toMatchObject({ signOnRevenueCents: TARIFF, refundedCents: 0, revenueCents: TARIFF });

    // A refund from the Stripe dashboard: the webhook marks the payment refunded and the sign-on stays confirmed.
    await t.dataSource.query(`UPDATE payments SET status = 'refunded' WHERE subscription_id = $1`, [signOn.id]);
    expect(await current(eventId)).toMatchObject({ satellites: 1, refundedCents: TARIFF, revenueCents: 0 });
  });

  it('telt een online intekening die voor de deadline annuleert niet meer, en haar terugbetaling niet nog eens', async () => {
    const eventId = await event();
    const [invoiced] = await signOns(eventId, 1);
    const online = await paidOnline(eventId);
    expect((await current(eventId)).revenueCents).toBe(2 * TARIFF);

    await cancel(online.id, online.member);
    await drain();
    const [payment] = await t.dataSource.query(`SELECT status FROM payments WHERE subscription_id = $1`, [online.id]);
    expect(payment.status).toBe('refund_pending');
    expect(await current(eventId)).toMatchObject({ refundedCents: 0, retainedCents: 0, revenueCents: TARIFF });
    expect(invoiced.id).toBeDefined();
  });

  it('houdt het geld van een online intekening die een admin na de deadline annuleert zonder terugbetaling', async () => {
    const eventId = await event();
    const online = await paidOnline(eventId);
    await t.dataSource.query(`UPDATE events SET sign_on_deadline = now() - interval '1 hour' WHERE id = $1`, [eventId]);

    await cancel(online.id, admin);
    await drain();
    const [payment] = await t.dataSource.query(`SELECT status FROM payments WHERE subscription_id = $1`, [online.id]);
    expect(payment.status).toBe('paid');
    expect(await current(eventId)).toMatchObject({
      satellites: 0,
      signOnRevenueCents: 0,
      retainedCents: TARIFF,
      revenueCents: TARIFF,
    });
  });

  it('trekt bij een gesponsorde intekening de creditnota van de sponsor en de terugbetaling van de satelliet elk één keer af', async () => {
    const eventId = await event();
    const sponsorCents = 4_001;
    const split = await paidOnline(eventId, { sponsorCents });
    const invoices = await t.dataSource.query(
      `SELECT buyer_organisation_id, net_cents, status FROM invoices WHERE subscription_id = $1 ORDER BY net_cents`,
      [split.id],
    );
    expect(invoices).toEqual([
      { buyer_organisation_id: cultureHouse.organisationId, net_cents: sponsorCents, status: 'open' },
      { buyer_organisation_id: split.member.organisationId, net_cents: TARIFF - sponsorCents, status: 'paid' },
    ]);
    expect((await current(eventId)).revenueCents).toBe(TARIFF);

    // The sponsor's invoice is credited, the satellite's share refunded; together exactly the tariff.
    await t.dataSource.query(`UPDATE payments SET status = 'refunded' WHERE subscription_id = $1`, [split.id]);
    expect(await current(eventId)).toMatchObject({ refundedCents: TARIFF - sponsorCents, revenueCents: sponsorCents });
    await t.http.post(`/api/events/${eventId}/cancel`).set(bearer(admin)).send({ reason: 'Zaal onbruikbaar' }).expect(200);
    await drain();
    expect(await current(eventId)).toMatchObject({ creditedCents: 0, refundedCents: 0, retainedCents: 0, revenueCents: 0 });
  });
});
