import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signIn } from '../support/browser.js';
import {
  createMembersInBulk,
  createStaff,
  ensureSeason,
  PASSWORD,
  publishedEvent,
  registerMember,
  type Member,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('kopieerknoppen en een zoekbare lijst van zorgcentra (met script; zonder werkt de pagina gewoon)', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let house: Member;
  let eventId: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    const admin = await createStaff(t, 'admin');
    house = await registerMember(t, 'culture_house');
    eventId = await publishedEvent(t, admin, house.organisationId);
    // Names that a text sort puts in the wrong order: 1, 10, 11, 2.
    const centres = await createMembersInBulk(t, 4, 'care_centre');
    for (const [index, centre] of centres.entries()) {
      await t.dataSource.query(`UPDATE organisations SET name = $2, municipality = $3 WHERE id = $1`, [
        centre.organisationId,
        `WZC Zonnedorp ${[1, 10, 11, 2][index]}`,
        index === 3 ? 'Genk' : 'Peer',
      ]);
    }
    context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.baseUrl });
    page = await context.newPage();
    await signIn(page, t.baseUrl, house.email, PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('sorteert de zorgcentra op naam zoals mensen lezen en filtert ze terwijl men typt', async () => {
    await page.goto(`${t.baseUrl}/mijn/uitnodigen?voorstelling=${eventId}`);
    const select = page.getByLabel('Zorgcentrum met een account');
    const names = (await select.locator('option').allTextContents()).filter((name) => name.startsWith('WZC Zonnedorp'));
    expect(names).toEqual(['WZC Zonnedorp 1, Peer', 'WZC Zonnedorp 2, Genk', 'WZC Zonnedorp 10, Peer', 'WZC Zonnedorp 11, Peer']);

    await page.getByLabel('Zoek in de lijst (naam of gemeente)').fill('zonnedorp genk');
    await page.getByText('1 zorgcentrum gevonden').waitFor();
    const visible = await select.locator('option:not([hidden])').allTextContents();
    expect(visible.filter((name) => name !== 'Kies …')).toEqual(['WZC Zonnedorp 2, Genk']);
    await select.selectOption({ label: 'WZC Zonnedorp 2, Genk' });
  });

  it('kopieert het agenda-adres met één knop en zegt dat het gelukt is', async () => {
    await page.goto(`${t.baseUrl}/mijn/agenda`);
    await page.getByRole('button', { name: 'Maak mijn agenda-adres' }).click();
    await page.waitForURL(/nieuw=1/);
    const address = await page.getByLabel('Uw privé agenda-adres').inputValue();
    await page.getByRole('button', { name: 'Kopiëren' }).click();
    await page.getByText('Gekopieerd.').waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(address);
  });

  it('zonder script staat het adres er gewoon, zonder knop en zonder zoekveld', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await signIn(noScript, t.baseUrl, house.email, PASSWORD);
    await noScript.goto(`${t.baseUrl}/mijn/agenda`);
    expect(await noScript.getByLabel('Uw privé agenda-adres').inputValue()).toMatch(/\/calendar\/[\w-]{43}\.ics$/);
    expect(await noScript.getByRole('button', { name: 'Kopiëren' }).count()).toBe(0);
    await noScript.goto(`${t.baseUrl}/mijn/uitnodigen?voorstelling=${eventId}`);
    expect(await noScript.getByLabel('Zoek in de lijst (naam of gemeente)').count()).toBe(0);
    expect(await noScript.locator('script:not([src])').count()).toBe(0);
    await plain.close();
  });
});
