import { InvoiceIssuingService } from '../src/invoicing/invoice-issuing.service.js';
import { isValidStructuredCommunication } from '../src/invoicing/structured-communication.js';
import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
import {
  bearer,
  createMembersInBulk,
  createStaff,
  ensureSeason,
  publishedEvent,
  registerMember,
  signOnBody,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('factuurnummering onder gelijktijdigheid', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
  });
  afterAll(() => t.close());

  async function confirmedSignOns(count: number): Promise<string[]> {
    const admin = await createStaff(t, 'admin');
    const launchCentre = await registerMember(t, 'culture_house');
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, {
      careCentreTariffCents: 9_500,
      vatRatePercent: 6,
    });
    const members = await createMembersInBulk(t, count);
    const ids: string[] = [];
    for (let start = 0; start < members.length; start += 10) {
      const batch = members.slice(start, start + 10);
      const responses = await Promise.all(
        batch.map((m) => t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(m)).send(signOnBody()).expect(201)),
      );
      ids.push(...responses.map((r) => r.body.id as string));
    }
    return ids;
  }

  it('geeft 100 gelijktijdige facturen 100 opeenvolgende nummers, zonder gat of dubbel, met geldige unieke mededelingen', async () => {
    const ids = await confirmedSignOns(100);
    const issuing = t.app.get(InvoiceIssuingService);
    const issued = await Promise.all(ids.map((id) => t.dataSource.transaction((manager) => issuing.issueForSignOn(manager, id))));
    expect(issued.flat()).toHaveLength(100);

    const rows: { year: number; sequence: number; number: string; structured_communication: string }[] = await t.dataSource.query(
      'SELECT year, sequence, number, structured_communication FROM invoices ORDER BY sequence',
    );
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((r) => r.year)).size).toBe(1);
    expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.number)).size).toBe(100);
    expect(rows.every((r) => isValidStructuredCommunication(r.structured_communication))).toBe(true);
    expect(new Set(rows.map((r) => r.structured_communication)).size).toBe(100);

    // The relay then handles the 100 confirmation messages without issuing anything twice.
    await t.app.get(OutboxRelay).drain();
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM invoices'))[0].n)).toBe(100);
  });

  it('laat geen gat na wanneer een uitgifte wordt teruggedraaid', async () => {
    const [rolledBack, next] = await confirmedSignOns(2);
    const issuing = t.app.get(InvoiceIssuingService);
    const [{ last }] = await t.dataSource.query(`SELECT max(sequence) AS last FROM invoices`);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await issuing.issueForSignOn(manager, rolledBack);
        throw new Error('afgebroken na de uitgifte');
      }),
    ).rejects.toThrow('afgebroken');
    const [issued] = await t.dataSource.transaction((manager) => issuing.issueForSignOn(manager, next));
    const [row] = await t.dataSource.query('SELECT sequence FROM invoices WHERE id = $1', [issued.id]);
    expect(row.sequence).toBe(Number(last) + 1);
  });
});
