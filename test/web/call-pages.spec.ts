import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, fieldError, launchBrowser, scrollsSideways, signIn } from '../support/browser.js';
import { createStaff, ensureSeason, PASSWORD, registerMember, seasonOf, type Member } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The narrowest phone still sold: the proposal form and the call must fit it. */
const NARROW = { width: 320, height: 740 };

describe('webpagina’s: de oproep voor het volgende seizoen', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: Member;
  let finance: Member;
  let house: Member;
  let careCentre: Member;
  let season: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    const first = Number(seasonOf(new Date()).slice(0, 4)) + 1;
    season = `${first}-${first + 1}`;
    admin = await createStaff(t, 'admin');
    finance = await createStaff(t, 'finance');
    house = await registerMember(t, 'culture_house');
    careCentre = await registerMember(t, 'care_centre');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function as(member: Member, viewport = DESKTOP): Promise<Page> {
    const page = await browser.newPage({ viewport });
    await signIn(page, t.baseUrl, member.email, PASSWORD);
    return page;
  }

  it('een oproep gaat open, een cultuurhuis stelt voor, een zorgcentrum toont interesse, financiën rekent en de admin aanvaardt', async () => {
    const first = Number(season.slice(0, 4));
    const adminPage = await as(admin);
    await adminPage.getByRole('link', { name: 'Oproepen' }).click();
    await adminPage.getByLabel('Seizoen').selectOption(season);
    await adminPage.getByLabel('Deadline (dag)').fill(`${first}-06-30`);
    await adminPage.getByLabel('Deadline (uur)').fill('23:59');
    await adminPage.getByRole('button', { name: 'Oproep openen' }).click();
    await adminPage.waitForURL('**/beheer/oproepen?bericht=geopend');
    expect(await accessibilityViolations(adminPage)).toEqual([]);

    // The culture house proposes on a narrow phone; a wrong amount is named next to its field, and kept.
    const housePage = await as(house, NARROW);
    await housePage.getByRole('link', { name: 'Oproep' }).click();
    await housePage.getByRole('link', { name: 'Een voorstelling voorstellen' }).click();
    await housePage.getByLabel('Titel').fill('Liedjes van toen');
    await housePage.getByLabel('Artiesten').fill('De Bonanza’s');
    await housePage.getByLabel('Zaal', { exact: true }).fill('Grote zaal');
    await housePage.getByLabel('Datum 1: dag').fill(`${first}-10-14`);
    await housePage.getByLabel('Datum 1: begint om').fill('14:00');
    await housePage.getByLabel('Kost 1: omschrijving').fill('Gage artiesten');
    await housePage.getByLabel('Kost 1: bedrag').fill('drieduizend');
    await housePage.getByRole('button', { name: 'Voorstel indienen' }).click();
    expect(await fieldError(housePage, 'Kost 1: bedrag')).toContain('Vul een bedrag in euro in');
    expect(await housePage.getByLabel('Titel').inputValue()).toBe('Liedjes van toen');
    expect(await accessibilityViolations(housePage)).toEqual([]);
    expect(await scrollsSideways(housePage)).toBe(false);
    await housePage.getByLabel('Kost 1: bedrag').fill('3.000,00');
    await housePage.getByRole('button', { name: 'Voorstel indienen' }).click();
    await housePage.waitForURL('**/oproep/mijn-voorstellen?bericht=ingediend');
    expect(await housePage.getByRole('listitem').filter({ hasText: 'Liedjes van toen' }).textContent()).toContain('Ingediend');
    expect(await scrollsSideways(housePage)).toBe(false);

    // A care centre marks interest: not a sign-on, and said so.
    const carePage = await as(careCentre, NARROW);
    await carePage.getByRole('link', { name: 'Oproep' }).click();
    await carePage.getByRole('button', { name: 'Interesse tonen voor Liedjes van toen' }).click();
    await carePage.waitForURL('**/oproep?bericht=interesse*');
    expect(await carePage.getByRole('status').textContent()).toContain('geen intekening');
    expect(await carePage.locator('.event-card').textContent()).toContain('1 satelliet toonde interesse, ook u');
    expect(await accessibilityViolations(carePage)).toEqual([]);
    expect(await scrollsSideways(carePage)).toBe(false);

    // Finance sees the planned result and asks what tariff makes it break even.
    const financePage = await as(finance);
    await financePage.getByRole('link', { name: 'Voorstellen' }).click();
    expect(await financePage.locator('.event-card').textContent()).toContain('Gepland resultaat');
    expect(await accessibilityViolations(financePage)).toEqual([]);
    await financePage.getByRole('link', { name: 'Wat als? voor Liedjes van toen' }).click();
    await financePage.getByLabel('Tarief zorgcentrum').fill('3.000,00');
    await financePage.getByRole('button', { name: 'Bereken' }).click();
    await financePage.getByRole('heading', { name: 'Uitkomst' }).waitFor();
    // One care centre expected (its interest), € 3.000,00 of costs: at that tariff it breaks even exactly.
    expect(await financePage.locator('section', { hasText: 'Uitkomst' }).textContent()).toMatch(/Gepland resultaat\s*€\s0,00/);
    expect(await accessibilityViolations(financePage)).toEqual([]);

    // The admin accepts it: a draft event with the proposal's cost line and a plan.
    await adminPage.goto(`${t.baseUrl}/beheer/oproepen`);
    await adminPage.getByRole('button', { name: 'Aanvaarden voorstel Liedjes van toen' }).click();
    await adminPage.waitForURL('**/beheer/oproepen?bericht=aanvaard');
    await adminPage.getByRole('link', { name: 'Ontwerpvoorstelling bekijken' }).waitFor();
    const [event] = await t.dataSource.query(
      `SELECT e.status, e.launch_centre_id, (SELECT sum(planned_cents) FROM cost_lines c WHERE c.event_id = e.id) AS costs,
              (SELECT count(*) FROM event_plans p WHERE p.event_id = e.id) AS plans
         FROM events e WHERE e.title = 'Liedjes van toen'`,
    );
    expect(event).toMatchObject({ status: 'draft', launch_centre_id: house.organisationId, costs: '300000', plans: '1' });
    for (const page of [adminPage, housePage, carePage, financePage]) await page.close();
  });
});
