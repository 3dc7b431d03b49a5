import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OutboxRelay } from '../../src/common/outbox/outbox-relay.js';
import { accessibilityViolations, launchBrowser, signIn } from '../support/browser.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  PASSWORD,
  publishedEvent,
  registerMember,
  signOnBody,
  type Member,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The narrowest phone still sold, a common phone, and a laptop. */
const WIDTHS = [320, 390, 1280];
// axe's rules do not change with the width in between; the two extremes keep the walk quick.
const AXE_WIDTHS = new Set([320, 1280]);
const WALK_TIMEOUT_MS = 180_000;

/**
 * Every element that reaches past the right edge of the window, unless it sits in a box made to
 * scroll sideways; what is past the edge is cut off or makes the page scroll, both unreadable.
 * Runs in the page, as text: the test build has no DOM types.
 */
const TOO_WIDE = `(() => {
  const width = document.documentElement.clientWidth;
  const scrolls = (element) => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (/(auto|scroll)/.test(getComputedStyle(node).overflowX)) return true;
    }
    return false;
  };
  const wide = [...document.body.querySelectorAll('*')].filter((element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.right > width + 1 && !scrolls(element);
  });
  const label = (element) => element.tagName.toLowerCase() + (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ')[0] : '') + ' "' + (element.textContent || '').trim().slice(0, 30) + '"';
  return { page: document.documentElement.scrollWidth > width, elements: wide.slice(0, 5).map(label) };
})()`;

describe('elke pagina past op 320, 390 en 1280 px en is toegankelijk', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: Member;
  let finance: Member;
  let house: Member;
  let careCentre: Member;
  let eventId: string;
  let cancelledId: string;
  let subscriptionId: string;
  let invitationPath: string;
  let sentInvitationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    [admin, finance] = [await createStaff(t, 'admin'), await createStaff(t, 'finance')];
    [house, careCentre] = [await registerMember(t, 'culture_house'), await registerMember(t, 'care_centre')];
    // A long unbroken stream link and title are what push a phone page sideways.
    eventId = await publishedEvent(t, admin, house.organisationId, {
      title: 'Bartje en de Beiaard: een namiddag vol Brugse liedjes',
      streamUrl: 'https://stream.satelliet.example/live/bartje-en-de-beiaard-2026-12-17-zaal-1-8f3k2a9x7q',
      capacity: 12,
    });
    cancelledId = await publishedEvent(t, admin, house.organisationId, { title: "C'est ma vie" }, 45);
    const signedOn = await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(careCentre)).send(signOnBody());
    subscriptionId = signedOn.body.id;
    await t.http.post(`/api/events/${cancelledId}/cancel`).set(bearer(admin)).send({ reason: 'De artiest is ziek.' }).expect(200);
    await t.app.get(OutboxRelay).drain();
    const invited = await t.http
      .post(`/api/events/${eventId}/invitations`)
      .set(bearer(house))
      .send({ email: 'directie@wzc-zonneweide.example', costSharing: 'split', careCentreShareCents: 2500 })
      .expect(201);
    invitationPath = new URL(invited.body.acceptUrl).pathname;
    sentInvitationId = invited.body.id;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** One context per visitor (signed in once), one tab, every width. */
  async function walk(as: Member | null, paths: string[]): Promise<void> {
    const context: BrowserContext = await browser.newContext({ viewport: { width: WIDTHS[0], height: 800 } });
    const page: Page = await context.newPage();
    if (as) await signIn(page, t.baseUrl, as.email, PASSWORD);
    const problems: unknown[] = [];
    for (const path of paths) {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        const response = await page.goto(`${t.baseUrl}${path}`);
        const expected = path === '/bestaat-niet' ? 404 : 200;
        if (response?.status() !== expected) problems.push({ path, status: response?.status() });
        const fit = await page.evaluate<{ page: boolean; elements: string[] }>(TOO_WIDE);
        if (fit.page || fit.elements.length > 0) problems.push({ path, width, ...fit });
        const axe = AXE_WIDTHS.has(width) ? await accessibilityViolations(page) : [];
        if (axe.length > 0) problems.push({ path, width, axe });
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  }

  it(
    'openbare pagina’s',
    async () => {
      await walk(null, [
        '/programma',
        '/programma?wanneer=voorbij',
        `/programma/${eventId}`,
        `/programma/${cancelledId}`,
        '/hoe-werkt-het',
        '/registreren',
        '/aanmelden',
        '/afmelden',
        invitationPath,
        '/bestaat-niet',
      ]);
    },
    WALK_TIMEOUT_MS,
  );

  it(
    'pagina’s van een zorgcentrum',
    async () => {
      await walk(careCentre, [
        '/mijn',
        `/programma/${eventId}/intekenen`,
        '/mijn/intekeningen',
        `/mijn/intekeningen/${subscriptionId}`,
        `/mijn/intekeningen/${subscriptionId}/annuleren`,
        '/mijn/agenda',
        '/mijn/facturen',
        '/mijn/uitnodigingen',
      ]);
    },
    WALK_TIMEOUT_MS,
  );

  it(
    'pagina’s van een cultuurhuis',
    async () => {
      await walk(house, [
        `/mijn/uitnodigen?voorstelling=${eventId}`,
        '/mijn/uitnodigingen',
        `/mijn/uitnodigingen/${sentInvitationId}`,
      ]);
    },
    WALK_TIMEOUT_MS,
  );

  it(
    'pagina’s van de admin',
    async () => {
      await walk(admin, [
        '/beheer/voorstellingen',
        '/beheer/voorstellingen/nieuw',
        `/beheer/voorstellingen/${eventId}/bewerken`,
        `/beheer/voorstellingen/${eventId}/afgelasten`,
        `/beheer/voorstellingen/${eventId}/satellieten`,
        `/beheer/voorstellingen/${cancelledId}/nieuwe-datum`,
        '/beheer/gebruikers',
        '/beheer/organisatie',
        '/beheer/privacy',
        `/beheer/privacy/${careCentre.organisationId}`,
      ]);
    },
    WALK_TIMEOUT_MS,
  );

  it(
    'pagina’s van financiën',
    async () => {
      await walk(finance, [
        '/financien',
        `/financien/voorstelling/${eventId}`,
        `/financien/wat-als?voorstelling=${eventId}&careCentreTariff=120&careCentres=8&bereken=1`,
      ]);
    },
    WALK_TIMEOUT_MS,
  );
});
