import type { Browser } from 'playwright-core';
import { StreamedEvents } from '../../src/events/streamed-events.js';
import { FeedbackTokens } from '../../src/mail/feedback-tokens.js';
import { accessibilityViolations, launchBrowser, scrollsSideways } from '../support/browser.js';
import { bearer, createStaff, ensureSeason, publishedEvent, registerMember, signOnBody } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** A common phone: the width the feedback mail is most often opened on. */
const PHONE = { width: 390, height: 844 };

describe('webpagina: de feedback na een stream, op een telefoon', () => {
  let t: TestApp;
  let browser: Browser;
  let subscriptionId: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    const admin = await createStaff(t, 'admin');
    const launchCentre = await registerMember(t, 'culture_house');
    const careCentre = await registerMember(t);
    const eventId = await publishedEvent(t, admin, launchCentre.organisationId, { title: 'Bartje en de Beiaard' }, 10);
    const signOn = await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(careCentre))
      .send(signOnBody())
      .expect(201);
    subscriptionId = signOn.body.id;
    const [{ ends_at }] = await t.dataSource.query('SELECT ends_at FROM events WHERE id = $1', [eventId]);
    await t.app.get(StreamedEvents).markEnded(new Date(ends_at.getTime() + 60_000));
    token = t.app.get(FeedbackTokens).issue(subscriptionId, ends_at);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('vult de vijf vragen in met grote knoppen, zonder aanmelden, en ziet de bedanking', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${t.baseUrl}/feedback/${token}`);
    await page.getByRole('heading', { name: 'Hoe was Bartje en de Beiaard?' }).waitFor();
    expect(await page.getByLabel('Op hoeveel schermen of in hoeveel zalen?').inputValue()).toBe('2');

    // Sent half-filled: one Dutch message per open question, and nothing saved.
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.locator('.error-message').allTextContents()).toEqual([
      'Fout: Vul dit veld in.',
      'Fout: Kies een van de antwoorden.',
      'Fout: Kies een van de antwoorden.',
    ]);

    await page.getByLabel('Hoeveel bewoners of bezoekers keken?').fill('35');
    const choice = page.locator('label', { hasText: 'Heel tevreden' });
    const box = await choice.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThan(PHONE.width / 2);
    await choice.click();
    await page.locator('label', { hasText: 'Met haperingen' }).click();
    await page.getByLabel('Wilt u nog iets kwijt?').fill('De bewoners zongen mee.');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.waitForURL('**/feedback/*?bedankt=1');
    await page.getByRole('heading', { name: 'Bedankt!' }).waitFor();
    expect(await page.locator('input[name="satisfaction"]:checked').inputValue()).toBe('5');

    const rows = await t.dataSource.query(
      'SELECT viewers, screens, satisfaction, picture_and_sound, comment FROM stream_feedback WHERE subscription_id = $1',
      [subscriptionId],
    );
    expect(rows).toEqual([
      { viewers: 35, screens: 2, satisfaction: 5, picture_and_sound: 'hiccups', comment: 'De bewoners zongen mee.' },
    ]);

    await page.setViewportSize({ width: 320, height: 700 });
    expect(await scrollsSideways(page)).toBe(false);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
