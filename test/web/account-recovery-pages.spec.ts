import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, signIn } from '../support/browser.js';
import { PASSWORD, registerMember } from '../support/factories.js';
import { startMailScene, type MailScene } from '../support/mail-scene.js';

/** The link in the last mail to this address whose subject starts so, on the test app's own address. */
function linkInMail(scene: MailScene, email: string, subject: string, path: string): string {
  const mail = scene
    .mailsTo(email)
    .filter((received) => received.parsed.subject?.startsWith(subject))
    .at(-1);
  const match = new RegExp(`https?://[^\\s]+/${path}/[\\w-]+`).exec(mail?.parsed.text ?? '');
  if (!match) throw new Error(`Geen mail "${subject}" met een ${path}-link aan ${email}`);
  return `${scene.t.baseUrl}${new URL(match[0]).pathname}`;
}

describe('webpagina’s: wachtwoord vergeten en een collega uitnodigen, via de mail', () => {
  let scene: MailScene;
  let browser: Browser;
  let page: Page;
  let cspViolations: string[];

  beforeAll(async () => {
    scene = await startMailScene();
    browser = await launchBrowser();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: DESKTOP });
    cspViolations = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  });
  afterEach(async () => {
    expect(cspViolations).toEqual([]);
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await scene?.close();
  });

  it('vraagt een link aan, kiest een nieuw wachtwoord, en de link werkt geen tweede keer', async () => {
    const { t } = scene;
    const member = await registerMember(t);
    await page.goto(`${t.baseUrl}/aanmelden`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByLabel('E-mailadres').fill(member.email);
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await page.getByText('Als dit e-mailadres bij Satelliet bekend is').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await scene.deliverAll();
    const link = linkInMail(scene, member.email, 'Een nieuw wachtwoord', 'wachtwoord-herstellen');
    await page.goto(link);
    await page.getByLabel('Nieuw wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Dit veld moet minstens 10 tekens lang zijn').first().waitFor();
    await page.getByLabel('Nieuw wachtwoord').fill('koffie om tien uur');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.waitForURL('**/mijn');

    // The old token (another device) is signed out; the old password no longer works, the new one does.
    await t.http.get('/api/me').set('Authorization', `Bearer ${member.token}`).expect(401);
    await t.http.post('/api/auth/login').send({ email: member.email, password: PASSWORD }).expect(401);
    await t.http.post('/api/auth/login').send({ email: member.email, password: 'koffie om tien uur' }).expect(200);

    await page.goto(link);
    await page.getByRole('heading', { name: 'Link werkt niet meer' }).waitFor();
  });

  it('nodigt een collega uit; die kiest via de mail een wachtwoord en ziet dezelfde organisatie', async () => {
    const { t } = scene;
    const member = await registerMember(t, 'culture_house');
    const colleague = `collega-${Date.now()}@cc-test.example`;
    await signIn(page, t.baseUrl, member.email, PASSWORD);
    await page.getByRole('link', { name: 'Nodig een collega uit' }).click();
    await page.getByLabel('E-mailadres van uw collega').fill(colleague);
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText(`We stuurden een uitnodiging naar ${colleague}.`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await scene.deliverAll();
    const link = linkInMail(scene, colleague, 'Test Gebruiker nodigt u uit', 'collega-worden');
    const fresh = await browser.newPage({ viewport: DESKTOP });
    try {
      await fresh.goto(link);
      await fresh.getByLabel('Uw naam').fill('Jan Collega');
      await fresh.getByLabel('Kies een wachtwoord').fill('een zin als wachtwoord');
      await fresh.getByRole('button', { name: 'Account aanmaken' }).click();
      await fresh.waitForURL('**/mijn');
      expect(await fresh.locator('main').textContent()).toContain('Welkom, Jan Collega.');
    } finally {
      await fresh.close();
    }
    const [user] = await t.dataSource.query('SELECT organisation_id, role FROM users WHERE email = $1', [colleague]);
    expect(user).toEqual({ organisation_id: member.organisationId, role: 'member' });
  });
});
