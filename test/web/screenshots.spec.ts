import { mkdirSync, statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DESKTOP, launchBrowser, PHONE } from '../support/browser.js';
import { bearer, createStaff, ensureSeason, eventBody, registerMember } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Writes docs/screenshots/ when SCREENSHOTS=1 (`SCREENSHOTS=1 npm test -- test/web/screenshots`);
 * a normal test run skips it so CI never rewrites committed files.
 */
const describeWhenAsked = process.env.SCREENSHOTS === '1' ? describe : describe.skip;

describeWhenAsked('schermafbeeldingen van de belangrijkste pagina’s', () => {
  let t: TestApp;
  let browser: Browser;
  let eventId: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource, '2023-2024');
    const admin = await createStaff(t, 'admin');
    const brugge = await registerMember(t, 'culture_house');
    await t.dataSource.query(`UPDATE organisations SET name = 'CC Brugge', municipality = 'Brugge' WHERE id = $1`, [
      brugge.organisationId,
    ]);
    const shows = [['Bartje en de Beiaard', ['Bart Herman', 'Wim Berteloot'], '2023-09-24T12:00:00Z']] as const;
    for (const [title, performers, startsAt] of shows) {
      const start = new Date(startsAt);
      const created = await t.http
        .post('/api/events')
        .set(bearer(admin))
        .send(
          eventBody(brugge.organisationId, {
            seasonCode: '2023-2024',
            title,
            performers,
            description: 'Een namiddag vol meezingers, live vanuit het cultuurcentrum.',
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 90 * 60_000).toISOString(),
            signOnDeadline: new Date(start.getTime() - 4 * 86_400_000).toISOString(),
            testSlotStartsAt: new Date(start.getTime() - 90 * 60_000).toISOString(),
            testSlotEndsAt: new Date(start.getTime() - 45 * 60_000).toISOString(),
          }),
        )
        .expect(201);
      await t.http.post(`/api/events/${created.body.id}/publish`).set(bearer(admin)).expect(200);
      eventId ??= created.body.id;
    }
    mkdirSync('docs/screenshots', { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('legt programma, voorstelling, hoe-werkt-het, registreren en aanmelden vast op computer en telefoon', async () => {
    const pages = {
      programma: '/programma',
      voorstelling: `/programma/${eventId}`,
      'hoe-werkt-het': '/hoe-werkt-het',
      registreren: '/registreren',
      aanmelden: '/aanmelden',
    };
    for (const [width, viewport] of [
      ['desktop', DESKTOP],
      ['telefoon', PHONE],
    ] as const) {
      const page = await browser.newPage({ viewport });
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`${t.baseUrl}${path}`);
        const file = `docs/screenshots/${name}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size).toBeGreaterThan(0);
      }
      await page.close();
    }
  });
});
