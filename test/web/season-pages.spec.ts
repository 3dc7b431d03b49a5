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
import { createStaff, ensureSeason, PASSWORD, registerMember, type Member } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('webpagina’s: seizoenen beheren', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let admin: Member;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    const launchCentre = await registerMember(t, 'culture_house');
    await t.dataSource.query(`UPDATE organisations SET name = 'CC Brugge', municipality = 'Brugge' WHERE id = $1`, [
      launchCentre.organisationId,
    ]);
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

  it('een admin maakt een seizoen aan, verbetert zijn fouten en schuift de laatste dag op', async () => {
    await page.goto(`${t.baseUrl}/beheer/voorstellingen`);
    await page.getByRole('link', { name: 'Seizoenen beheren' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Code').fill('2090-2092');
    await page.getByLabel('Eerste dag').fill('2090-09-01');
    await page.getByLabel('Laatste dag').fill('2090-08-01');
    await page.getByRole('button', { name: 'Seizoen aanmaken' }).click();
    expect(await fieldError(page, 'Code')).toContain('Dit veld moet twee opeenvolgende jaren zijn, zoals 2024-2025.');
    expect(await page.getByLabel('Laatste dag').inputValue()).toBe('2090-08-01');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Code').fill('2090-2091');
    await page.getByRole('button', { name: 'Seizoen aanmaken' }).click();
    expect(await fieldError(page, 'Laatste dag')).toContain('Dit veld moet na de eerste dag liggen.');

    await page.getByLabel('Laatste dag').fill('2091-06-30');
    await page.getByRole('button', { name: 'Seizoen aanmaken' }).click();
    await page.waitForURL('**/beheer/seizoenen?bericht=aangemaakt');
    expect(await page.getByRole('status').textContent()).toContain('Het seizoen is aangemaakt');
    const row = page.getByRole('row', { name: /2090-2091/ });
    expect(await row.textContent()).toContain('Seizoen 2090-2091');
    expect(await row.textContent()).toContain('za 30 jun 2091');

    await page.getByLabel('Code').fill('2090-2091');
    await page.getByLabel('Eerste dag').fill('2090-09-01');
    await page.getByLabel('Laatste dag').fill('2091-06-30');
    await page.getByRole('button', { name: 'Seizoen aanmaken' }).click();
    expect(await fieldError(page, 'Code')).toContain('Dit veld bestaat al.');

    await page.getByRole('link', { name: 'Seizoen 2090-2091 bewerken' }).click();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Laatste dag').fill('2091-07-15');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.waitForURL('**/beheer/seizoenen?bericht=opgeslagen');
    const [saved] = await t.dataSource.query(
      `SELECT to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM seasons WHERE code = '2090-2091'`,
    );
    expect(saved.ends_on).toBe('2091-07-15');
  });

  it('het voorstellingsformulier weigert een datum buiten het gekozen seizoen en noemt beide data', async () => {
    await t.dataSource.query(
      `INSERT INTO seasons (code, name, starts_on, ends_on) VALUES ('2093-2094', 'Seizoen 2093-2094', '2093-09-01', '2094-06-30')`,
    );
    await page.goto(`${t.baseUrl}/beheer/voorstellingen/nieuw`);
    await page.getByLabel('Seizoen').selectOption('2093-2094');
    await page.getByLabel('Titel').fill('Chique Dingues');
    await page.getByLabel('Artiesten').fill('Jan De Smet');
    await page.getByLabel('Lanceercentrum').selectOption({ label: 'CC Brugge, Brugge' });
    await page.getByLabel('Datum', { exact: true }).fill('2094-07-01');
    await page.getByLabel('Begint om').fill('14:00');
    await page.getByLabel('Eindigt om').fill('15:30');
    await page.getByLabel('Intekenen kan tot (datum)').fill('2094-06-25');
    await page.getByLabel('Intekenen kan tot (uur)').fill('23:59');
    await page.getByLabel('Tarief cultuurhuis').fill('250');
    await page.getByLabel('Tarief zorgcentrum').fill('95');
    await page.getByRole('button', { name: 'Aanmaken als ontwerp' }).click();
    expect(await fieldError(page, 'Begint om')).toContain(
      'Dit veld moet in seizoen 2093-2094 liggen (di 1 sep 2093 tot en met wo 30 jun 2094).',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM events WHERE title = 'Chique Dingues'`))[0].n)).toBe(0);

    await page.getByLabel('Datum', { exact: true }).fill('2094-06-30');
    await page.getByRole('button', { name: 'Aanmaken als ontwerp' }).click();
    await page.waitForURL('**/beheer/voorstellingen?bericht=aangemaakt');
  });

  it('past op een telefoon zonder zijwaarts te scrollen', async () => {
    const phone = await browser.newPage({ viewport: PHONE });
    try {
      await signIn(phone, t.baseUrl, admin.email, PASSWORD);
      await phone.goto(`${t.baseUrl}/beheer/seizoenen`);
      expect(await scrollsSideways(phone)).toBe(false);
      expect(await accessibilityViolations(phone)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
