import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  DESKTOP,
  fieldError,
  fillSignOnForm,
  launchBrowser,
  PHONE,
  scrollsSideways,
  signIn,
} from '../support/browser.js';
import {
  createStaff,
  ensureSeason,
  PASSWORD,
  publishedEvent,
  registerMember,
  validEnterpriseNumber,
  type Member,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('webpagina’s: een cultuurhuis nodigt een zorgcentrum uit, dat aanvaardt', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let admin: Member;
  let cultureHouse: Member;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    cultureHouse = await registerMember(t, 'culture_house');
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: DESKTOP });
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const fillSignOn = (target: Page) =>
    fillSignOnForm(target, {
      name: 'Mieke Animatie',
      email: 'mieke@wzc-zonneweide.example',
      phone: '011 22 33 44',
      viewers: '30',
    });

  it('nodigt per e-mail uit met gedeelde kosten; het zorgcentrum registreert en aanvaardt in één stap', async () => {
    const eventId = await publishedEvent(t, admin, cultureHouse.organisationId, { title: 'Bartje en de Beiaard' });
    await signIn(page, t.baseUrl, cultureHouse.email, PASSWORD);
    await page.goto(`${t.baseUrl}/mijn/uitnodigen?voorstelling=${eventId}`);
    expect(await page.getByLabel('Voorstelling').inputValue()).toBe(eventId);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Of: e-mailadres van het zorgcentrum').fill('directie@wzc-zonneweide.example');
    await page.getByLabel('We delen', { exact: false }).check();
    await page.getByLabel('Bedrag voor het zorgcentrum').fill('twintig');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    expect(await fieldError(page, 'Bedrag voor het zorgcentrum')).toContain('Vul een bedrag in euro in');
    expect(await page.getByLabel('Of: e-mailadres van het zorgcentrum').inputValue()).toBe('directie@wzc-zonneweide.example');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Bedrag voor het zorgcentrum').fill('25,00');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Uitnodiging klaar');
    const link = await page.getByLabel('Link voor het zorgcentrum').inputValue();
    expect(link).toMatch(/\/uitnodigingen\/[\w-]{40,}$/);
    const sent = (await page.locator('main').textContent()) ?? '';
    expect(sent).toContain('€\u00A070,00');
    expect(sent).toContain('€\u00A025,00');
    expect(await accessibilityViolations(page)).toEqual([]);

    const careCentre = await browser.newPage({ viewport: DESKTOP });
    const response = await careCentre.goto(`${t.baseUrl}${new URL(link).pathname}`);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    const invitationText = (await careCentre.locator('main').textContent()) ?? '';
    expect(invitationText).toContain('Bartje en de Beiaard');
    expect(invitationText).toContain('u betaalt €\u00A025,00');
    expect(await accessibilityViolations(careCentre)).toEqual([]);

    await careCentre.getByLabel('Soort organisatie').selectOption('woonzorgcentrum');
    await careCentre.getByLabel('Naam van de organisatie').fill('WZC Zonneweide');
    await careCentre.getByLabel('Ondernemingsnummer').fill(validEnterpriseNumber());
    await careCentre.getByLabel('Straat en huisnummer').fill('Zonnestraat 3');
    await careCentre.getByLabel('Postcode').fill('3990');
    await careCentre.getByLabel('Gemeente').fill('Peer');
    await careCentre.getByLabel('Provincie').selectOption('limburg');
    await careCentre.getByLabel('Algemeen e-mailadres').fill('info@wzc-zonneweide.example');
    await careCentre.getByLabel('Telefoonnummer', { exact: true }).fill('011 22 33 00');
    await careCentre.getByLabel('Uw naam').fill('Mieke Peeters');
    await careCentre.getByLabel('Uw e-mailadres').fill(`mieke-${Date.now()}@wzc-zonneweide.example`);
    await careCentre.getByLabel('Kies een wachtwoord').fill('kort');
    await fillSignOn(careCentre);
    await careCentre.getByRole('button', { name: 'Registreren en aanvaarden' }).click();
    expect(await fieldError(careCentre, 'Kies een wachtwoord')).toContain('Dit veld moet minstens 10 tekens lang zijn.');
    expect(await careCentre.getByLabel('Naam van de organisatie').inputValue()).toBe('WZC Zonneweide');
    expect(await accessibilityViolations(careCentre)).toEqual([]);

    await careCentre.getByLabel('Kies een wachtwoord').fill('een lange zin als wachtwoord');
    await careCentre.getByRole('button', { name: 'Registreren en aanvaarden' }).click();
    await careCentre.waitForURL(/\/mijn\/intekeningen\/[0-9a-f-]+\?nieuw=1/);
    expect(await careCentre.getByRole('status').textContent()).toContain('Uw plaats is bevestigd.');
    expect(await careCentre.locator('main').textContent()).toMatch(/betaalt €\u00A070,00, WZC Zonneweide €\u00A025,00/);
    await careCentre.close();

    await page.goto(`${t.baseUrl}/mijn/intekeningen`);
    const mine = (await page.locator('main').textContent()) ?? '';
    expect(mine).toContain('Zorgcentra die u uitnodigde');
    expect(mine).toContain('WZC Zonneweide');
    expect(mine).toContain('U betaalt €\u00A070,00, het zorgcentrum €\u00A025,00');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('nodigt een zorgcentrum met account uit de lijst uit; aangemeld aanvaardt het, daarna is de link gesloten', async () => {
    const eventId = await publishedEvent(t, admin, cultureHouse.organisationId, { title: 'C’est ma vie' });
    const invitee = await registerMember(t, 'care_centre');
    const [{ name }] = await t.dataSource.query('SELECT name FROM organisations WHERE id = $1', [invitee.organisationId]);

    await signIn(page, t.baseUrl, cultureHouse.email, PASSWORD);
    await page.goto(`${t.baseUrl}/mijn/uitnodigen?voorstelling=${eventId}`);
    await page.getByLabel('Zorgcentrum met een account').selectOption({ label: `${name}, Peer` });
    await page.getByLabel('Ons cultuurhuis betaalt alles').check();
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const link = new URL(await page.getByLabel('Link voor het zorgcentrum').inputValue()).pathname;

    const careCentre = await browser.newPage({ viewport: DESKTOP });
    await careCentre.goto(`${t.baseUrl}${link}`);
    await careCentre.getByRole('link', { name: 'Meld u aan om te aanvaarden' }).click();
    await careCentre.getByLabel('E-mailadres').fill(invitee.email);
    await careCentre.getByLabel('Wachtwoord').fill(PASSWORD);
    await careCentre.getByRole('button', { name: 'Aanmelden' }).click();
    await careCentre.waitForURL(`**${link}`);
    expect(await accessibilityViolations(careCentre)).toEqual([]);
    await fillSignOn(careCentre);
    await careCentre.getByRole('button', { name: 'Aanvaarden en intekenen' }).click();
    await careCentre.waitForURL(/nieuw=1/);
    expect(await careCentre.locator('main').textContent()).toMatch(/betaalt €\u00A095,00, .* €\u00A00,00/);

    await careCentre.goto(`${t.baseUrl}${link}`);
    expect(await careCentre.locator('main').textContent()).toContain('al aanvaard');
    await careCentre.close();
  });

  it('enkel een cultuurhuis mag uitnodigen', async () => {
    const careCentre = await registerMember(t, 'care_centre');
    await signIn(page, t.baseUrl, careCentre.email, PASSWORD);
    const response = await page.goto(`${t.baseUrl}/mijn/uitnodigen`);
    expect(response?.status()).toBe(403);
    expect(await page.locator('main').textContent()).toContain('Enkel cultuurhuizen');
  });

  it('een onbekende uitnodigingslink geeft een Nederlandse 404-pagina', async () => {
    const response = await page.goto(`${t.baseUrl}/uitnodigingen/bestaat-niet`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Uitnodiging niet gevonden');
  });

  it('op een telefoon scrollen uitnodigen en de uitnodiging niet zijwaarts', async () => {
    await publishedEvent(t, admin, cultureHouse.organisationId);
    const phone = await browser.newPage({ viewport: PHONE });
    await signIn(phone, t.baseUrl, cultureHouse.email, PASSWORD);
    await phone.goto(`${t.baseUrl}/mijn/uitnodigen`);
    expect(await scrollsSideways(phone)).toBe(false);
    await phone.close();
  });
});
