import { XMLParser } from 'fast-xml-parser';
import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
import { isValidStructuredCommunication } from '../src/invoicing/structured-communication.js';
import {
  bearer,
  createMembersInBulk,
  createStaff,
  ensureSeason,
  type Member,
  OPERATOR_TEST_IBAN,
  publishedEvent,
  registerMember,
  setPaymentMethod,
  signOnBody,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { asBuffer, pdfText } from './support/pdf-text.js';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false });

interface InvoiceJson {
  id: string;
  number: string;
  year: number;
  issueDate: string;
  dueDate: string;
  structuredCommunication: string;
  netCents: number;
  vatCents: number;
  grossCents: number;
}

describe('facturatie', () => {
  let t: TestApp;
  let admin: Member;
  let finance: Member;
  let cultureHouse: Member;
  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    finance = await createStaff(t, 'finance');
    cultureHouse = await registerMember(t, 'culture_house');
  });
  afterAll(() => t.close());

  const drain = () => t.app.get(OutboxRelay).drain();
  /** The raw bytes of a download, whatever its content type. */
  const download = (path: string, who: Member) => t.http.get(path).set(bearer(who)).buffer(true).parse(asBuffer);
  const event = (overrides: Record<string, unknown> = {}) =>
    publishedEvent(t, admin, cultureHouse.organisationId, { careCentreTariffCents: 9_500, vatRatePercent: 6, ...overrides });
  const signOn = async (member: Member, eventId: string) =>
    (await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(signOnBody()).expect(201)).body
      .id as string;
  const invoicesOf = (subscriptionId: string) =>
    t.dataSource.query(`SELECT * FROM invoices WHERE subscription_id = $1 ORDER BY sequence`, [subscriptionId]);

  /** A care centre signed on, confirmed and invoiced; returns the invoice as the API shows it. */
  async function invoicedSignOn(): Promise<{
    member: Member;
    subscriptionId: string;
    eventId: string;
    invoice: InvoiceJson;
  }> {
    const eventId = await event();
    const [member] = await createMembersInBulk(t, 1);
    const subscriptionId = await signOn(member, eventId);
    await drain();
    const [row] = await invoicesOf(subscriptionId);
    const invoice = (await t.http.get(`/api/invoices/${row.id}`).set(bearer(member)).expect(200)).body;
    return { member, subscriptionId, eventId, invoice };
  }

  describe('uitgifte bij bevestiging', () => {
    it('factureert een bevestigd zorgcentrum met btw per lijn, en de totalen zijn de som van de lijnen', async () => {
      const { member, subscriptionId, invoice } = await invoicedSignOn();
      expect(invoice).toMatchObject({
        subscriptionId,
        buyerOrganisationId: member.organisationId,
        status: 'open',
        netCents: 9_500,
        vatCents: 570,
        grossCents: 10_070,
        openCents: 10_070,
        refundDueCents: 0,
        creditNote: null,
      });
      expect(invoice.number).toMatch(/^\d{4}-\d{5}$/);
      expect(isValidStructuredCommunication(invoice.structuredCommunication.replace(/[+/]/g, ''))).toBe(true);
      const [sums] = await t.dataSource.query(
        `SELECT sum(net_cents)::int AS net, sum(vat_cents)::int AS vat, sum(gross_cents)::int AS gross FROM invoice_lines WHERE invoice_id = $1`,
        [invoice.id],
      );
      expect(sums).toEqual({ net: invoice.netCents, vat: invoice.vatCents, gross: invoice.grossCents });
      const audit = await t.dataSource.query(`SELECT action FROM audit_entries WHERE subject_id = $1`, [invoice.id]);
      expect(audit).toEqual([{ action: 'invoice.issued' }]);
    });

    it('neemt 30 dagen betaaltermijn vanaf de factuurdatum', async () => {
      const { invoice } = await invoicedSignOn();
      const days = (Date.parse(invoice.dueDate) - Date.parse(invoice.issueDate)) / 86_400_000;
      expect(days).toBe(30);
    });

    it('factureert een gratis intekening niet', async () => {
      const eventId = await event({ careCentreTariffCents: 0 });
      const [member] = await createMembersInBulk(t, 1);
      const subscriptionId = await signOn(member, eventId);
      await drain();
      expect(await invoicesOf(subscriptionId)).toEqual([]);
    });

    it('zonder Stripe wordt een zorgcentrum dat online wil betalen bevestigd én gefactureerd', async () => {
      const eventId = await event();
      const [member] = await createMembersInBulk(t, 1);
      await setPaymentMethod(t.dataSource, [member.organisationId], 'online');
      const response = await t.http
        .post(`/api/events/${eventId}/subscriptions`)
        .set(bearer(member))
        .send(signOnBody())
        .expect(201);
      expect(response.body.status).toBe('confirmed');
      await drain();
      const invoices = await invoicesOf(response.body.id);
      expect(
        invoices.map((i: Record<string, unknown>) => [i.buyer_organisation_id, i.status, i.gross_cents, i.paid_cents]),
      ).toEqual([[member.organisationId, 'open', 10_070, 0]]);
    });

    it('splitst een gedeelde kost in twee facturen: het zorgcentrum voor zijn deel, het cultuurhuis voor de rest', async () => {
      const eventId = await event();
      const [careCentre] = await createMembersInBulk(t, 1);
      const invitation = await t.http
        .post(`/api/events/${eventId}/invitations`)
        .set(bearer(cultureHouse))
        .send({ organisationId: careCentre.organisationId, costSharing: 'split', careCentreShareCents: 2_500 })
        .expect(201);
      const accepted = await t.http
        .post(`/api/invitations/${invitation.body.id}/accept`)
        .set(bearer(careCentre))
        .send(signOnBody())
        .expect(201);
      await drain();
      const invoices = await invoicesOf(accepted.body.id);
      expect(invoices.map((i: Record<string, unknown>) => [i.buyer_organisation_id, i.net_cents, i.gross_cents])).toEqual(
        expect.arrayContaining([
          [careCentre.organisationId, 2_500, 2_650],
          [cultureHouse.organisationId, 7_000, 7_420],
        ]),
      );
      expect(invoices).toHaveLength(2);
    });
  });

  describe('creditnota’s', () => {
    it('crediteert een geannuleerde intekening met een creditnota die de factuur exact omkeert, in een eigen reeks', async () => {
      const { member, subscriptionId, invoice } = await invoicedSignOn();
      await t.http.post(`/api/subscriptions/${subscriptionId}/cancel`).set(bearer(member)).send({}).expect(200);
      await drain();
      const [creditNote] = await t.dataSource.query(`SELECT * FROM credit_notes WHERE invoice_id = $1`, [invoice.id]);
      expect(creditNote.number).toMatch(/^CN-\d{4}-\d{5}$/);
      expect([creditNote.net_cents, creditNote.vat_cents, creditNote.gross_cents]).toEqual([
        invoice.netCents,
        invoice.vatCents,
        invoice.grossCents,
      ]);
      expect(isValidStructuredCommunication(creditNote.structured_communication)).toBe(true);
      const after = await t.http.get(`/api/invoices/${invoice.id}`).set(bearer(member)).expect(200);
      expect(after.body).toMatchObject({ status: 'credited', openCents: 0, creditNote: { id: creditNote.id } });
      const audit = await t.dataSource.query(`SELECT action FROM audit_entries WHERE subject_id = $1`, [creditNote.id]);
      expect(audit).toEqual([{ action: 'credit_note.issued' }]);
    });

    it('nummert creditnota’s doorlopend, los van de facturen, en crediteert alles bij een afgelaste voorstelling', async () => {
      const eventId = await event();
      const members = await createMembersInBulk(t, 3);
      for (const member of members) await signOn(member, eventId);
      await drain();
      await t.http.post(`/api/events/${eventId}/cancel`).set(bearer(admin)).send({ reason: 'Artiest ziek' }).expect(200);
      await drain();
      const notes = await t.dataSource.query(
        `SELECT c.sequence FROM credit_notes c JOIN invoices i ON i.id = c.invoice_id
           JOIN subscriptions s ON s.id = i.subscription_id WHERE s.event_id = $1 ORDER BY c.sequence`,
        [eventId],
      );
      expect(notes).toHaveLength(3);
      const first = notes[0].sequence as number;
      expect(notes.map((n: { sequence: number }) => n.sequence)).toEqual([first, first + 1, first + 2]);
      const [{ gaps }] = await t.dataSource.query(
        `SELECT max(sequence) - count(*) AS gaps FROM credit_notes WHERE year = (SELECT max(year) FROM credit_notes)`,
      );
      expect(Number(gaps)).toBe(0);
    });

    it('toont wat betaald was op een gecrediteerde factuur als terug te betalen', async () => {
      const { member, subscriptionId, invoice } = await invoicedSignOn();
      await t.http
        .post(`/api/invoices/${invoice.id}/payments`)
        .set(bearer(finance))
        .send({ amountCents: 4_000, date: invoice.issueDate, communication: invoice.structuredCommunication })
        .expect(201);
      await t.http.post(`/api/subscriptions/${subscriptionId}/cancel`).set(bearer(member)).send({}).expect(200);
      await drain();
      const after = await t.http.get(`/api/invoices/${invoice.id}`).set(bearer(finance)).expect(200);
      expect(after.body).toMatchObject({ status: 'credited', paidCents: 4_000, refundDueCents: 4_000, openCents: 0 });
    });
  });

  describe('betalingen, vervallen facturen en herinneringen', () => {
    const pay = (invoiceId: string, who: Member, amountCents: number, communication: string) =>
      t.http
        .post(`/api/invoices/${invoiceId}/payments`)
        .set(bearer(who))
        .send({ amountCents, date: '2026-02-10', communication });

    it('boekt deelbetalingen tot betaald, weigert te veel en logt elke betaling', async () => {
      const { invoice } = await invoicedSignOn();
      const partial = await pay(invoice.id, finance, 5_000, invoice.structuredCommunication).expect(201);
      expect(partial.body).toMatchObject({ status: 'partially_paid', paidCents: 5_000, openCents: 5_070 });
      const refused = await pay(invoice.id, finance, 5_071, 'overschrijving').expect(409);
      expect(refused.body).toMatchObject({ type: '/problems/payment-refused', reason: 'overpayment', openCents: 5_070 });
      const rest = await pay(invoice.id, admin, 5_070, 'rest factuur').expect(201);
      expect(rest.body).toMatchObject({ status: 'paid', paidCents: 10_070, openCents: 0 });
      await pay(invoice.id, finance, 1, 'nog eens').expect(409);
      const audit = await t.dataSource.query(
        `SELECT action, after->>'status' AS status FROM audit_entries WHERE subject_id = $1 AND action = 'invoice.payment_registered' ORDER BY id`,
        [invoice.id],
      );
      expect(audit.map((a: { status: string }) => a.status)).toEqual(['partially_paid', 'paid']);
    });

    it('weigert een gestructureerde mededeling van een ander document', async () => {
      const { invoice } = await invoicedSignOn();
      const response = await pay(invoice.id, finance, 100, '+++000/0000/00097+++').expect(400);
      expect(response.body.errors[0].field).toBe('communication');
    });

    it('laat enkel finance en admin betalingen boeken', async () => {
      const { member, invoice } = await invoicedSignOn();
      await pay(invoice.id, member, 100, invoice.structuredCommunication).expect(403);
    });

    it('lijst open en deels betaalde facturen na hun vervaldag als vervallen, betaalde niet', async () => {
      const late = await invoicedSignOn();
      const paidLate = await invoicedSignOn();
      const notYetDue = await invoicedSignOn();
      await t.dataSource.query(`UPDATE invoices SET due_date = current_date - 5 WHERE id = ANY($1)`, [
        [late.invoice.id, paidLate.invoice.id],
      ]);
      await pay(paidLate.invoice.id, finance, paidLate.invoice.grossCents, 'betaald').expect(201);
      const overdue = await t.http.get('/api/invoices/overdue').set(bearer(finance)).expect(200);
      const ids = overdue.body.map((i: { id: string }) => i.id);
      expect(ids).toContain(late.invoice.id);
      expect(ids).not.toContain(paidLate.invoice.id);
      expect(ids).not.toContain(notYetDue.invoice.id);
      await t.http.get('/api/invoices/overdue').set(bearer(late.member)).expect(403);
    });

    it('zet een herinnering klaar voor de mail, met het openstaande bedrag en de mededeling', async () => {
      const { member, invoice } = await invoicedSignOn();
      await pay(invoice.id, finance, 70, invoice.structuredCommunication).expect(201);
      const reminder = await t.http.post(`/api/invoices/${invoice.id}/reminders`).set(bearer(finance)).expect(202);
      expect(reminder.body).toMatchObject({ invoiceId: invoice.id, openCents: 10_000 });
      const [message] = await t.dataSource.query(
        `SELECT payload FROM outbox_messages WHERE topic = 'invoice.reminder' AND payload->>'invoiceId' = $1`,
        [invoice.id],
      );
      expect(message.payload).toMatchObject({
        invoiceNumber: invoice.number,
        openAmountCents: 10_000,
        structuredCommunication: invoice.structuredCommunication,
        organisationId: member.organisationId,
      });
      const audit = await t.dataSource.query(
        `SELECT 1 FROM audit_entries WHERE subject_id = $1 AND action = 'invoice.reminder_queued'`,
        [invoice.id],
      );
      expect(audit).toHaveLength(1);
      await pay(invoice.id, finance, 10_000, 'rest').expect(201);
      await t.http.post(`/api/invoices/${invoice.id}/reminders`).set(bearer(finance)).expect(409);
    });
  });

  describe('documenten en toegang', () => {
    it('rendert de factuur als pdf met nummer, totaal en mededeling', async () => {
      const { member, invoice } = await invoicedSignOn();
      const response = await download(`/api/invoices/${invoice.id}.pdf`, member)
        .expect(200)
        .expect('content-type', 'application/pdf');
      const text = await pdfText(response.body as Buffer);
      expect(text).toContain(`Factuur ${invoice.number}`);
      expect(text).toContain('€ 100,70');
      expect(text).toContain(invoice.structuredCommunication);
    });

    it('levert Peppol BIS 3.0 UBL met ondernemingsnummers onder 0208, Belgische btw-categorie en de mededeling', async () => {
      const { member, invoice } = await invoicedSignOn();
      const response = await download(`/api/invoices/${invoice.id}.xml`, finance).expect(200);
      const { Invoice: ubl } = xml.parse((response.body as Buffer).toString('utf8'));
      const [enterpriseNumber] = await t.dataSource.query('SELECT enterprise_number FROM organisations WHERE id = $1', [
        member.organisationId,
      ]);
      expect(ubl['cbc:CustomizationID']).toBe('urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0');
      expect(ubl['cbc:ProfileID']).toBe('urn:fdc:peppol.eu:2017:poacc:billing:01:1.0');
      expect(ubl['cbc:ID']).toBe(invoice.number);
      expect(ubl['cbc:IssueDate']).toBe(invoice.issueDate);
      expect(ubl['cbc:DueDate']).toBe(invoice.dueDate);
      expect(ubl['cbc:InvoiceTypeCode']).toBe('380');
      const buyer = ubl['cac:AccountingCustomerParty']['cac:Party'];
      expect(buyer['cbc:EndpointID']).toEqual({ '#text': enterpriseNumber.enterprise_number, '@schemeID': '0208' });
      const seller = ubl['cac:AccountingSupplierParty']['cac:Party'];
      expect(seller['cbc:EndpointID']['@schemeID']).toBe('0208');
      const [operator] = await t.dataSource.query(`SELECT vat_number FROM organisations WHERE kind = 'operator'`);
      expect(seller['cac:PartyTaxScheme']['cbc:CompanyID']).toBe(operator.vat_number);
      expect(ubl['cac:PaymentMeans']['cbc:PaymentID']).toBe(invoice.structuredCommunication.replace(/[+/]/g, ''));
      expect(ubl['cac:PaymentMeans']['cac:PayeeFinancialAccount']['cbc:ID']).toBe(OPERATOR_TEST_IBAN);
      const subtotal = ubl['cac:TaxTotal']['cac:TaxSubtotal'];
      expect(subtotal['cac:TaxCategory']).toMatchObject({ 'cbc:ID': 'S', 'cbc:Percent': '6' });
      expect(ubl['cac:LegalMonetaryTotal']['cbc:PayableAmount']).toEqual({ '#text': '100.70', '@currencyID': 'EUR' });
    });

    it('levert ook de creditnota als pdf en als UBL CreditNote met verwijzing naar de factuur', async () => {
      const { member, subscriptionId, invoice } = await invoicedSignOn();
      await t.http.post(`/api/subscriptions/${subscriptionId}/cancel`).set(bearer(member)).send({}).expect(200);
      await drain();
      const { creditNote } = (await t.http.get(`/api/invoices/${invoice.id}`).set(bearer(member)).expect(200)).body;
      const pdf = await download(`/api/credit-notes/${creditNote.id}.pdf`, member).expect(200);
      const text = await pdfText(pdf.body as Buffer);
      expect(text).toContain(`Creditnota ${creditNote.number}`);
      expect(text).toContain(invoice.number);
      const response = await download(`/api/credit-notes/${creditNote.id}.xml`, member).expect(200);
      const { CreditNote: ubl } = xml.parse((response.body as Buffer).toString('utf8'));
      expect(ubl['cbc:ID']).toBe(creditNote.number);
      expect(ubl['cbc:CreditNoteTypeCode']).toBe('381');
      expect(ubl['cac:BillingReference']['cac:InvoiceDocumentReference']['cbc:ID']).toBe(invoice.number);
      expect(ubl['cac:LegalMonetaryTotal']['cbc:PayableAmount']['#text']).toBe('100.70');
    });

    it('toont documenten enkel aan finance, admin en de koper; anderen krijgen 404', async () => {
      const { invoice } = await invoicedSignOn();
      const [stranger] = await createMembersInBulk(t, 1);
      for (const suffix of ['', '.pdf', '.xml']) {
        await t.http.get(`/api/invoices/${invoice.id}${suffix}`).set(bearer(stranger)).expect(404);
        await t.http.get(`/api/invoices/${invoice.id}${suffix}`).set(bearer(admin)).expect(200);
      }
      await t.http.get(`/api/invoices/${invoice.id}.pdf`).expect(401);
    });

    it('lijst voor een lid enkel de eigen facturen, voor finance alles met filters op jaar, stand en organisatie', async () => {
      const mine = await invoicedSignOn();
      const other = await invoicedSignOn();
      const own = await t.http
        .get('/api/invoices')
        .query({ organisationId: other.member.organisationId })
        .set(bearer(mine.member))
        .expect(200);
      expect(own.body.map((i: { id: string }) => i.id)).toEqual([mine.invoice.id]);
      const filtered = await t.http
        .get('/api/invoices')
        .query({ organisationId: other.member.organisationId, year: other.invoice.year, status: 'open' })
        .set(bearer(finance))
        .expect(200);
      expect(filtered.body.map((i: { id: string }) => i.id)).toEqual([other.invoice.id]);
      const paidOnly = await t.http
        .get('/api/invoices')
        .query({ organisationId: other.member.organisationId, status: 'paid' })
        .set(bearer(finance))
        .expect(200);
      expect(paidOnly.body).toEqual([]);
      const lastYear = await t.http
        .get('/api/invoices')
        .query({ year: other.invoice.year - 1 })
        .set(bearer(finance))
        .expect(200);
      expect(lastYear.body).toEqual([]);
    });

    it('exporteert de facturen als CSV voor Excel (BOM, puntkomma’s)', async () => {
      const { invoice } = await invoicedSignOn();
      const response = await download('/api/invoices.csv', finance).expect(200);
      const csv = (response.body as Buffer).toString('utf8');
      expect(csv.startsWith('\uFEFFFactuurnummer;Factuurdatum;')).toBe(true);
      expect(csv).toContain(`${invoice.number};${invoice.issueDate};${invoice.dueDate};`);
      expect(csv).toContain(';95,00;5,70;100,70;');
    });
  });
});
