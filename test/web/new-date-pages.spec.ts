import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  DESKTOP,
  fieldError,
  launchBrowser,
  PHONE,
  scrollsSideways,
  signIn,
} from '../support/browser.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  PASSWORD,
  publishedEvent,
  registerMember,
  type Member,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('webpagina’s: nieuwe datum voor een afgelaste voorstelling', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let admin: Member;
  let cancelledId: string;

  const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    const launchCentre = await registerMember(t, 'culture_house');
    cancelledId = await publishedEvent(t, admin, launchCentre.organisationId, { title: 'Adamo zingt' });
    await t.http.post(`/api/events/${cancelledId}/cancel`).set(bearer(admin)).send({ reason: 'De zanger is ziek.' }).expect(200);
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, t.baseUrl, admin.email, PASSWORD);
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('geeft een afgelaste stream een nieuwe datum met voorrang en toont de koppeling tussen oud en nieuw', async () => {
    await page.goto(`${t.baseUrl}/beheer/voorstellingen`);
    await page.getByRole('link', { name: 'Nieuwe datum: Adamo zingt' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Nieuwe datum').fill(daysAhead(40));
    await page.getByLabel('Begint om').fill('14:30');
    await page.getByLabel('Eindigt om').fill('16:00');
    await page.getByLabel('Intekenen kan tot (datum)').fill(daysAhead(35));
    await page.getByLabel('Voorrang tot (datum)').fill(daysAhead(36));
    await page.getByLabel('Als ontwerp bewaren, later publiceren').check();
    await page.getByRole('button', { name: 'Nieuwe datum aanmaken' }).click();
    expect(await fieldError(page, 'Voorrang tot (uur)')).toContain('moet vóór de uiterste intekendatum liggen');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Voorrang tot (datum)').fill(daysAhead(20));
    await page.getByRole('button', { name: 'Nieuwe datum aanmaken' }).click();
    await page.waitForURL('**/beheer/voorstellingen?bericht=nieuwe-datum');
    const [created] = await t.dataSource.query(
      `SELECT id, status, to_char(starts_at AT TIME ZONE 'Europe/Brussels', 'HH24:MI') AS local_start FROM events WHERE previous_event_id = $1`,
      [cancelledId],
    );
    expect(created).toMatchObject({ status: 'draft', local_start: '14:30' });
    const oldCard = page.locator('li.card', { hasText: 'De zanger is ziek.' });
    expect(await oldCard.textContent()).toContain('Nieuwe datum:');
    expect(await oldCard.getByRole('link', { name: /Nieuwe datum: Adamo zingt/ }).count()).toBe(0);
    expect(await oldCard.locator(`a[href="/beheer/voorstellingen/${created.id}/bewerken"]`).count()).toBe(1);
    expect(await page.locator('main').textContent()).toContain('Nieuwe datum van de afgelaste voorstelling van');
    expect(await accessibilityViolations(page)).toEqual([]);

    expect((await page.goto(`${t.baseUrl}/beheer/voorstellingen/${cancelledId}/nieuwe-datum`))?.status()).toBe(200);
    await page.getByLabel('Nieuwe datum').fill(daysAhead(41));
    await page.getByLabel('Intekenen kan tot (datum)').fill(daysAhead(35));
    await page.getByLabel('Voorrang tot (datum)').fill(daysAhead(20));
    await page.getByRole('button', { name: 'Nieuwe datum aanmaken' }).click();
    expect(await page.locator('.error-summary').textContent()).toContain('heeft al een nieuwe datum');
  });

  it('scrolt op een telefoon niet zijwaarts', async () => {
    const phone = await browser.newPage({ viewport: PHONE });
    await signIn(phone, t.baseUrl, admin.email, PASSWORD);
    await phone.goto(`${t.baseUrl}/beheer/voorstellingen/${cancelledId}/nieuwe-datum`);
    expect(await scrollsSideways(phone)).toBe(false);
    await phone.close();
  });
});
