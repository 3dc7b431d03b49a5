import type { Browser, Page } from 'playwright-core';
import { OutboxRelay } from '../../src/common/outbox/outbox-relay.js';
import { accessibilityViolations, DESKTOP, launchBrowser, signIn } from '../support/browser.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  type Member,
  PASSWORD,
  publishedEvent,
  registerMember,
  setPaymentMethod,
  signOnBody,
} from '../support/factories.js';
import { FakeStripeServer } from '../support/fake-stripe-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('webpagina’s: online betalen en facturen', () => {
  let fake: FakeStripeServer;
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let admin: Member;
  let launchCentre: Member;

  beforeAll(async () => {
    fake = await FakeStripeServer.start();
    t = await startTestApp(fake.appSettings('whsec_test_web'));
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    launchCentre = await registerMember(t, 'culture_house');
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: DESKTOP });
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await fake?.stop();
  });

  it('een bevestigde intekening geeft een factuur met bedrag, mededeling en pdf, enkel voor de koper', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const member = await registerMember(t, 'care_centre');
    const signOn = await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(signOnBody()).expect(201);
    await t.app.get(OutboxRelay).drain();

    await signIn(page, t.baseUrl, member.email, PASSWORD);
    await page.goto(`${t.baseUrl}/mijn/facturen`);
    const text = (await page.locator('main').textContent()) ?? '';
    // 95,00 excl. 6% VAT.
    expect(text).toContain('€\u00A0100,70');
    expect(text).toMatch(/\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+/);
    expect(await accessibilityViolations(page)).toEqual([]);
    const href = (await page.getByRole('link', { name: /^Factuur .* downloaden \(pdf\)/ }).getAttribute('href')) ?? '';
    const pdf = await page.request.get(`${t.baseUrl}${href}`);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');

    const stranger = await registerMember(t, 'care_centre');
    const other = await browser.newPage({ viewport: DESKTOP });
    await signIn(other, t.baseUrl, stranger.email, PASSWORD);
    expect((await other.request.get(`${t.baseUrl}${href}`)).status()).toBe(404);

    // Cancelled in time: the invoice is credited, and the credit note is one click away too.
    await t.http.post(`/api/subscriptions/${signOn.body.id}/cancel`).set(bearer(member)).send({}).expect(200);
    await t.app.get(OutboxRelay).drain();
    await page.goto(`${t.baseUrl}/mijn/facturen`);
    const creditHref =
      (await page.getByRole('link', { name: /^Creditnota CN-\d{4}-\d{5} downloaden \(pdf\)/ }).getAttribute('href')) ?? '';
    const credit = await page.request.get(`${t.baseUrl}${creditHref}`);
    expect(credit.headers()['content-type']).toContain('application/pdf');
    expect((await credit.body()).subarray(0, 4).toString()).toBe('%PDF');
    expect((await other.request.get(`${t.baseUrl}${creditHref}`)).status()).toBe(404);
    expect(await accessibilityViolations(page)).toEqual([]);
    await other.close();
  });

  it('wie online betaalt, ziet "Nu online betalen" en wordt naar de betaalpagina van Stripe gestuurd', async () => {
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId);
    const member = await registerMember(t, 'care_centre');
    await setPaymentMethod(t.dataSource, [member.organisationId], 'online');
    const created = await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(signOnBody()).expect(201);
    expect(created.body.status).toBe('pending_payment');

    await signIn(page, t.baseUrl, member.email, PASSWORD);
    await page.goto(`${t.baseUrl}/mijn/intekeningen/${created.body.id}`);
    expect(await page.locator('main').textContent()).toContain('Wacht op betaling');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Stripe's page is outside this test's network; follow the form by hand up to the redirect.
    const csrf = await page.locator('form[action$="/betalen"] input[name="_csrf"]').inputValue();
    const response = await page.request.post(`${t.baseUrl}/mijn/intekeningen/${created.body.id}/betalen`, {
      form: { _csrf: csrf },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers()['location']).toMatch(/^https?:\/\//);
    expect(new URL(response.headers()['location']).host).not.toBe(new URL(t.baseUrl).host);
  });
});
