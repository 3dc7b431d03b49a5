import { OutboxRelay } from '../src/common/outbox/outbox-relay.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  publishedEvent,
  registerMember,
  signOnBody,
  validEnterpriseNumber,
  type Member,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { postForm, visitForm } from './support/web-form.js';

describe('gegevens van de operator: btw-nummer en IBAN op de facturen', () => {
  let t: TestApp;
  let admin: Member;
  let finance: Member;
  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    finance = await createStaff(t, 'finance');
  });
  afterAll(() => t.close());

  const operatorRow = async () =>
    (await t.dataSource.query(`SELECT name, enterprise_number, vat_number, iban FROM organisations WHERE kind = 'operator'`))[0];

  it('weigert een btw-nummer of IBAN met een foute controle, en een btw-nummer van een andere onderneming, zonder iets te schrijven', async () => {
    const before = await operatorRow();
    const valid = {
      name: 'Satelliet vzw',
      enterpriseNumber: before.enterprise_number,
      vatNumber: `BE${before.enterprise_number}`,
      iban: 'BE68 5390 0754 7034',
    };
    const lastDigit = Number(before.enterprise_number.slice(-1));
    const wrongCheck = `BE${before.enterprise_number.slice(0, -1)}${(lastDigit + 1) % 10}`;
    for (const [body, field] of [
      [{ ...valid, vatNumber: wrongCheck }, 'vatNumber'],
      [{ ...valid, iban: 'BE68 5390 0754 7035' }, 'iban'],
      [{ ...valid, vatNumber: `BE${validEnterpriseNumber()}` }, 'vatNumber'],
      [{ ...valid, enterpriseNumber: '0799.000.184' }, 'enterpriseNumber'],
    ] as const) {
      const response = await t.http.put('/api/operator').set(bearer(admin)).send(body).expect(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
    }
    expect(await operatorRow()).toEqual(before);
    await t.http.put('/api/operator').set(bearer(finance)).send(valid).expect(403);
  });

  it('zonder btw-nummer en IBAN weigert de facturatie met een duidelijke melding en een banner; ingevuld op de beheerpagina gaat de factuur uit met die gegevens', async () => {
    await t.dataSource.query(`UPDATE organisations SET vat_number = NULL, iban = NULL WHERE kind = 'operator'`);
    const shown = await t.http.get('/api/operator').set(bearer(finance)).expect(200);
    expect(shown.body.missing).toEqual(['btw-nummer', 'IBAN']);
    const cookie = [`satelliet_sessie=${admin.token}`];
    const banner = await t.http.get('/beheer/voorstellingen').set('Cookie', cookie).expect(200);
    expect(banner.text).toContain('Facturen kunnen nog niet uitgaan');
    expect(banner.text).toContain('btw-nummer, IBAN');

    const launchCentre: Member = await registerMember(t, 'culture_house');
    const careCentre = await registerMember(t, 'care_centre');
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const subscriptionId = (
      await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(careCentre)).send(signOnBody()).expect(201)
    ).body.id as string;
    await t.app.get(OutboxRelay).drain();
    expect(await t.dataSource.query('SELECT id FROM invoices WHERE subscription_id = $1', [subscriptionId])).toEqual([]);
    const [failed] = await t.dataSource.query(
      `SELECT last_error FROM outbox_messages WHERE payload->>'subscriptionId' = $1 AND last_error IS NOT NULL`,
      [subscriptionId],
    );
    expect(failed.last_error).toContain('Nog in te vullen: btw-nummer, IBAN. Een admin vult ze in op /beheer/organisatie.');

    const { enterprise_number: enterpriseNumber } = await operatorRow();
    const form = await visitForm(t, '/beheer/organisatie', cookie);
    const saved = await postForm(t, form, '/beheer/organisatie', {
      name: 'Satelliet vzw',
      enterpriseNumber,
      vatNumber: `BE ${enterpriseNumber}`,
      iban: 'be71 0961 2345 6769',
    });
    expect(saved.status).toBe(303);
    expect(await operatorRow()).toMatchObject({ vat_number: `BE${enterpriseNumber}`, iban: 'BE71096123456769' });
    expect((await t.http.get('/beheer/voorstellingen').set('Cookie', cookie).expect(200)).text).not.toContain(
      'Facturen kunnen nog niet uitgaan',
    );

    await t.dataSource.query(`UPDATE outbox_messages SET retry_at = now() WHERE payload->>'subscriptionId' = $1`, [
      subscriptionId,
    ]);
    await t.app.get(OutboxRelay).drain();
    const [invoice] = await t.dataSource.query('SELECT seller, seller_iban FROM invoices WHERE subscription_id = $1', [
      subscriptionId,
    ]);
    expect(invoice.seller_iban).toBe('BE71096123456769');
    expect(invoice.seller).toMatchObject({ vatNumber: `BE${enterpriseNumber}`, enterpriseNumber });
  });

  it('toont op de beheerpagina de fout naast het veld, in het Nederlands', async () => {
    const form = await visitForm(t, '/beheer/organisatie', [`satelliet_sessie=${admin.token}`]);
    const response = await postForm(t, form, '/beheer/organisatie', {
      name: 'Satelliet vzw',
      enterpriseNumber: '0799000183',
      vatNumber: 'BE0799000183',
      iban: 'BE00 1234',
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain('Dit veld is geen geldig IBAN-rekeningnummer');
  });
});
