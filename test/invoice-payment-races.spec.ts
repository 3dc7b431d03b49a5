import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
import {
  bearer,
  createMembersInBulk,
  createStaff,
  ensureSeason,
  publishedEvent,
  registerMember,
  signOnBody,
  type Member,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('bankbetalingen en herinneringen: een herhaling boekt of verstuurt niets bij', () => {
  let t: TestApp;
  let finance: Member;
  let eventId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    const admin = await createStaff(t, 'admin');
    finance = await createStaff(t, 'finance');
    const launchCentre = await registerMember(t, 'culture_house');
    eventId = await publishedEvent(t, admin, launchCentre.organisationId, { careCentreTariffCents: 9_500, vatRatePercent: 6 });
  });
  afterAll(() => t.close());

  /** A confirmed care centre's invoice of € 100,70 (VAT included). */
  async function openInvoice(): Promise<{ id: string; structuredCommunication: string; grossCents: number }> {
    const [member] = await createMembersInBulk(t, 1);
    const signOn = await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(signOnBody()).expect(201);
    await t.app.get(OutboxRelay).drain();
    const [invoice] = await t.dataSource.query(
      `SELECT id, structured_communication AS "structuredCommunication", gross_cents AS "grossCents" FROM invoices WHERE subscription_id = $1`,
      [signOn.body.id],
    );
    return invoice;
  }
  const payments = (invoiceId: string) =>
    t.dataSource.query(`SELECT amount_cents, overpayment_cents FROM invoice_payments WHERE invoice_id = $1`, [invoiceId]);
  const pay = (invoiceId: string, body: Record<string, unknown>, key?: string) => {
    const post = t.http.post(`/api/invoices/${invoiceId}/payments`).set(bearer(finance));
    return (key ? post.set('Idempotency-Key', key) : post).send({ date: '2026-02-10', communication: 'overschrijving', ...body });
  };

  it('dezelfde betaling twee keer tegelijk met dezelfde Idempotency-Key wordt één keer geboekt', async () => {
    const invoice = await openInvoice();
    const half = Math.floor(invoice.grossCents / 2);

    const responses = await Promise.all([1, 2].map(() => pay(invoice.id, { amountCents: half }, `betaling-${invoice.id}`)));

    expect(responses.map((response) => response.status)).toEqual([201, 201]);
    expect(responses.map((response) => response.body.paidCents)).toEqual([half, half]);
    expect(await payments(invoice.id)).toHaveLength(1);
    const [row] = await t.dataSource.query(`SELECT status, paid_cents FROM invoices WHERE id = $1`, [invoice.id]);
    expect(row).toEqual({ status: 'partially_paid', paid_cents: half });
  });

  it('dezelfde bankverrichting (bankreferentie) nog eens boeken, boekt niets bij; met een ander bedrag is het 409', async () => {
    const invoice = await openInvoice();
    const half = Math.floor(invoice.grossCents / 2);
    const first = await pay(invoice.id, { amountCents: half, bankReference: `CODA-${invoice.id}` }).expect(201);

    const again = await pay(invoice.id, { amountCents: half, bankReference: `CODA-${invoice.id}` }).expect(201);
    const different = await pay(invoice.id, { amountCents: half + 1, bankReference: `CODA-${invoice.id}` }).expect(409);

    expect(again.body).toEqual(first.body);
    expect(different.body).toMatchObject({ type: '/problems/bank-reference-used', errors: [{ field: 'bankReference' }] });
    expect(await payments(invoice.id)).toHaveLength(1);
  });

  it('de databank weigert meer betaald dan de factuur, tenzij het als te veel betaald geboekt is', async () => {
    const invoice = await openInvoice();
    await expect(
      t.dataSource.query(`UPDATE invoices SET paid_cents = gross_cents + 1 WHERE id = $1`, [invoice.id]),
    ).rejects.toThrow(/invoices_paid_within_gross_check/);

    await pay(invoice.id, { amountCents: invoice.grossCents + 500 }).expect(409);
    const booked = await pay(invoice.id, { amountCents: invoice.grossCents + 500, overpayment: true }).expect(201);

    expect(booked.body).toMatchObject({ status: 'paid', paidCents: invoice.grossCents, openCents: 0, refundDueCents: 500 });
    expect(await payments(invoice.id)).toEqual([{ amount_cents: invoice.grossCents + 500, overpayment_cents: 500 }]);
  });

  it('verstuurt hoogstens één herinnering per factuur per dag', async () => {
    const invoice = await openInvoice();
    const remind = () => t.http.post(`/api/invoices/${invoice.id}/reminders`).set(bearer(finance));

    const responses = await Promise.all([remind(), remind()]);

    expect(responses.map((response) => response.status).sort()).toEqual([202, 409]);
    const refused = responses.find((response) => response.status === 409)!;
    expect(refused.body).toMatchObject({ type: '/problems/reminder-refused' });
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_messages WHERE topic = 'invoice.reminder' AND payload->>'invoiceId' = $1`,
      [invoice.id],
    );
    expect(count).toBe(1);
  });
});
