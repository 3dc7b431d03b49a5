import { mkdirSync, statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { OutboxRelay } from '../../src/common/outbox/outbox-relay.js';
import { StreamedEvents } from '../../src/events/streamed-events.js';
import { FeedbackTokens } from '../../src/mail/feedback-tokens.js';
import { seedDemoData } from '../../src/demo/seed-demo-data.js';
import { DESKTOP, launchBrowser, signIn } from '../support/browser.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  eventBody,
  PASSWORD,
  registerMember,
  signOnBody,
  type Member,
} from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Writes docs/screenshots/ when SCREENSHOTS=1 (`SCREENSHOTS=1 npm test -- test/web/screenshots`);
 * a normal test run skips it so CI never rewrites committed files.
 */
const describeWhenAsked = process.env.SCREENSHOTS === '1' ? describe : describe.skip;

/** A common phone (iPhone 12 to 15), the width the README's phone screenshots show. */
const PHONE = { width: 390, height: 844 };

describeWhenAsked('schermafbeeldingen van de belangrijkste pagina’s', () => {
  let t: TestApp;
  let browser: Browser;
  let eventId: string;
  let admin: Member;
  let finance: Member;
  let brugge: Member;
  let careCentre: Member;
  let subscriptionId: string;
  let invitationPath: string;
  let cancelledId: string;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    finance = await createStaff(t, 'finance');
    brugge = await registerMember(t, 'culture_house');
    careCentre = await registerMember(t, 'care_centre');
    await t.dataSource.query(`UPDATE organisations SET name = 'CC Brugge', municipality = 'Brugge' WHERE id = $1`, [
      brugge.organisationId,
    ]);
    await t.dataSource.query(`UPDATE organisations SET name = 'WZC De Linde', municipality = 'Pelt' WHERE id = $1`, [
      careCentre.organisationId,
    ]);
    // Demo amounts: the annual report gives no prices.
    const shows = [
      ['Bartje en de Beiaard', ['Bart Herman', 'Wim Berteloot'], 30, 12],
      ['C’est ma vie', ['Adamo'], 45, 20],
      ['Old Time Favourites', ['De Bonanza’s'], 60, null],
    ] as const;
    for (const [title, performers, days, capacity] of shows) {
      const created = await t.http
        .post('/api/events')
        .set(bearer(admin))
        .send(
          eventBody(
            brugge.organisationId,
            { title, performers, capacity, description: 'Een namiddag vol meezingers, live vanuit het cultuurcentrum.' },
            days,
          ),
        )
        .expect(201);
      await t.http.post(`/api/events/${created.body.id}/publish`).set(bearer(admin)).expect(200);
      eventId ??= created.body.id;
    }
    const signedOn = await t.http
      .post(`/api/events/${eventId}/subscriptions`)
      .set(bearer(careCentre))
      .send(signOnBody())
      .expect(201);
    subscriptionId = signedOn.body.id;
    await t.app.get(OutboxRelay).drain();
    const invited = await t.http
      .post(`/api/events/${eventId}/invitations`)
      .set(bearer(brugge))
      .send({ email: 'directie@wzc-zonneweide.example', costSharing: 'split', careCentreShareCents: 2500 })
      .expect(201);
    invitationPath = new URL(invited.body.acceptUrl).pathname;
    // A received invitation, to accept on the site.
    await t.http
      .post(`/api/events/${eventId}/invitations`)
      .set(bearer(brugge))
      .send({ organisationId: careCentre.organisationId, costSharing: 'sponsor' })
      .expect(201);
    const [{ starts_at }] = await t.dataSource.query('SELECT starts_at FROM events WHERE id = $1', [eventId]);
    const year = new Date(starts_at).getUTCFullYear();
    await t.http
      .put(`/api/finance/years/${year}/margin`)
      .set(bearer(finance))
      .send({ approvedMarginCents: -800000, decisionReference: 'Raad van bestuur' })
      .expect(200);
    await t.http
      .put(`/api/finance/events/${eventId}/plan`)
      .set(bearer(finance))
      .send({ expectedCultureHouses: 4, expectedCareCentres: 20 })
      .expect(200);
    await t.http
      .post(`/api/finance/events/${eventId}/decision`)
      .set(bearer(finance))
      .send({ acceptedDeficitCents: 80000, reasons: ['social_relevance'], decidedBy: 'Raad van bestuur' })
      .expect(201);
    await t.http
      .post(`/api/finance/events/${eventId}/cost-lines`)
      .set(bearer(finance))
      .send({ category: 'artist_fee', label: 'Gage', basis: 'fixed', plannedCents: 300000 })
      .expect(201);
    // A cancelled show whose hall has not yet said what it still charges: "nog te bevestigen".
    const cancelled = await t.http
      .post('/api/events')
      .set(bearer(admin))
      .send(eventBody(brugge.organisationId, { title: 'C’est ma vie (afgelast)', performers: ['Adamo'] }, 50))
      .expect(201);
    cancelledId = cancelled.body.id;
    for (const line of [
      { category: 'venue', label: 'Zaal AB', basis: 'fixed', plannedCents: 150000 },
      { category: 'promotion', label: 'Affiches', basis: 'fixed', plannedCents: 50000, actualCents: 52000 },
    ]) {
      await t.http.post(`/api/finance/events/${cancelledId}/cost-lines`).set(bearer(finance)).send(line).expect(201);
    }
    await t.http.post(`/api/events/${cancelledId}/cancel`).set(bearer(admin)).send({ reason: 'De artiest is ziek.' }).expect(200);
    mkdirSync('docs/screenshots', { recursive: true });
    // Only run when asked, and it builds a whole season through the API: give a loaded machine time.
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const shoot = async (as: Member | null, pages: Record<string, string>) => {
    for (const [width, viewport] of [
      ['desktop', DESKTOP],
      ['telefoon', PHONE],
    ] as const) {
      const page: Page = await browser.newPage({ viewport });
      if (as) await signIn(page, t.baseUrl, as.email, PASSWORD);
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(`${t.baseUrl}${path}`);
        const file = `docs/screenshots/${name}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size).toBeGreaterThan(0);
      }
      await page.close();
    }
  };

  it('legt de openbare pagina’s vast op computer en telefoon', async () => {
    await shoot(null, {
      programma: '/programma',
      voorstelling: `/programma/${eventId}`,
      'hoe-werkt-het': '/hoe-werkt-het',
      registreren: '/registreren',
      aanmelden: '/aanmelden',
      uitnodiging: invitationPath,
      'voorstelling-afgelast': `/programma/${cancelledId}`,
      'niet-gevonden': '/programmaa',
    });
  });

  it('legt de pagina’s van een zorgcentrum, een cultuurhuis en de admin vast', async () => {
    const otherEvent = (
      await t.dataSource.query(`SELECT id FROM events WHERE id <> $1 AND status = 'published' LIMIT 1`, [eventId])
    )[0].id as string;
    await shoot(careCentre, {
      intekenen: `/programma/${otherEvent}/intekenen`,
      'mijn-intekeningen': '/mijn/intekeningen',
      intekening: `/mijn/intekeningen/${subscriptionId}`,
      'mijn-agenda': '/mijn/agenda',
      'mijn-facturen': '/mijn/facturen',
      'mijn-uitnodigingen-ontvangen': '/mijn/uitnodigingen',
    });
    await shoot(brugge, { uitnodigen: `/mijn/uitnodigen?voorstelling=${eventId}`, 'mijn-uitnodigingen': '/mijn/uitnodigingen' });
    await shoot(admin, {
      'beheer-voorstellingen': '/beheer/voorstellingen',
      'beheer-voorstelling-bewerken': `/beheer/voorstellingen/${eventId}/bewerken`,
      'beheer-satellieten': `/beheer/voorstellingen/${eventId}/satellieten`,
      'beheer-seizoenen': '/beheer/seizoenen',
    });
  });

  it('legt de pagina’s van de oproep voor het volgende seizoen vast', async () => {
    const next = Number((await ensureSeason(t.dataSource)).slice(0, 4)) + 1;
    const call = await t.http
      .post('/api/calls')
      .set(bearer(admin))
      .send({ seasonCode: `${next}-${next + 1}`, deadline: new Date(Date.now() + 60 * 86_400_000).toISOString() })
      .expect(201);
    // Demo amounts, as for the shows above.
    const proposal = await t.http
      .post(`/api/calls/${call.body.id}/proposals`)
      .set(bearer(brugge))
      .send({
        title: 'Liedjes van toen',
        performers: ['De Bonanza’s'],
        venue: 'Grote zaal',
        possibleStarts: [`${next}-10-14T14:00:00+02:00`, `${next + 1}-03-30T14:00:00+02:00`],
        technicalNotes: 'Glasvezel in de zaal; twee vaste camera’s.',
        costLines: [
          { category: 'artist_fee', label: 'Gage artiesten', basis: 'fixed', plannedCents: 250000, vatRatePercent: 6 },
          { category: 'venue', label: 'Zaal en techniek', basis: 'fixed', plannedCents: 60000, vatRatePercent: 21 },
          {
            category: 'production',
            label: 'Affiche- en ticketkit',
            basis: 'per_satellite',
            plannedCents: 1200,
            vatRatePercent: 21,
          },
        ],
      })
      .expect(201);
    await t.http
      .put(`/api/proposals/${proposal.body.id}/interest`)
      .set(bearer(careCentre))
      .send({ screens: 2, expectedViewers: 40 })
      .expect(200);
    await shoot(admin, { 'beheer-oproepen': '/beheer/oproepen' });
    await shoot(brugge, {
      'oproep-voorstellen': `/oproep/${call.body.id}/voorstellen`,
      'mijn-voorstellen': '/oproep/mijn-voorstellen',
    });
    await shoot(careCentre, { oproep: '/oproep' });
    await shoot(finance, {
      'financien-voorstellen': '/financien/voorstellen',
      'financien-voorstel-wat-als': `/financien/voorstellen/${proposal.body.id}?careCentreTariff=150&bereken=1`,
    });
  }, 180_000);

  it('legt de pagina’s van financiën vast', async () => {
    await shoot(finance, {
      financien: '/financien',
      'financien-voorstelling': `/financien/voorstelling/${eventId}`,
      'financien-afgelast': `/financien/voorstelling/${cancelledId}`,
      'financien-wat-als': `/financien/wat-als?voorstelling=${eventId}&careCentreTariff=120&careCentres=8&bereken=1`,
      'financien-logboek': '/financien/audit',
    });
  }, 180_000);

  it('legt de feedback na een stream en de impact op de financiële pagina vast', async () => {
    const streamedId = (
      await t.http
        .post('/api/events')
        .set(bearer(admin))
        .send(eventBody(brugge.organisationId, { title: 'Old Time Favourites', performers: ['De Bonanza’s'] }, 5))
        .expect(201)
    ).body.id as string;
    await t.http.post(`/api/events/${streamedId}/publish`).set(bearer(admin)).expect(200);
    const signOn = async (member: Member) =>
      (await t.http.post(`/api/events/${streamedId}/subscriptions`).set(bearer(member)).send(signOnBody()).expect(201)).body
        .id as string;
    const careCentreSignOn = await signOn(careCentre);
    // Demo answers of three more satellites; names made up.
    const answers = [
      [
        'CC De Werf',
        'culture_house',
        { viewers: 48, screens: 2, satisfaction: 5, pictureAndSound: 'good', comment: 'Volle zaal, iedereen zong mee.' },
      ],
      [
        'WZC Zonneweide',
        'care_centre',
        { viewers: 31, screens: 1, satisfaction: 4, pictureAndSound: 'hiccups', comment: 'Het geluid viel twee keer kort weg.' },
      ],
      ['LDC Den Azalee', 'care_centre', { viewers: 17, screens: 1, satisfaction: 5, pictureAndSound: 'good', comment: '' }],
    ] as const;
    const answered: [string, (typeof answers)[number][2]][] = [];
    for (const [name, kind, answer] of answers) {
      const member = await registerMember(t, kind);
      await t.dataSource.query('UPDATE organisations SET name = $2 WHERE id = $1', [member.organisationId, name]);
      answered.push([await signOn(member), answer]);
    }
    const [{ ends_at }] = await t.dataSource.query('SELECT ends_at FROM events WHERE id = $1', [streamedId]);
    await t.app.get(StreamedEvents).markEnded(new Date(ends_at.getTime() + 60_000));
    // The supplier's invoice after the stream: an actual amount is always booked.
    await t.http
      .post(`/api/finance/events/${streamedId}/cost-lines`)
      .set(bearer(finance))
      .send({ category: 'artist_fee', label: 'Gage De Bonanza’s', basis: 'fixed', plannedCents: 240000, actualCents: 240000 })
      .expect(201);
    const tokens = t.app.get(FeedbackTokens);
    for (const [id, answer] of answered) {
      await t.http
        .put(`/api/feedback/${tokens.issue(id, ends_at)}`)
        .send(answer)
        .expect(200);
    }
    await t.http
      .put(`/api/events/${streamedId}/stream-report`)
      .set(bearer(brugge))
      .send({ technicalIncidents: 'Encoder herstart om 14:20, 3 minuten zwart beeld.' })
      .expect(200);
    await shoot(null, { feedback: `/feedback/${tokens.issue(careCentreSignOn, ends_at)}` });
    await shoot(finance, { 'financien-impact': `/financien/voorstelling/${streamedId}` });
    await shoot(brugge, { 'lanceercentrum-notities': `/mijn/lanceercentrum/${streamedId}` });
  }, 180_000);

  it('legt het jaarverslag vast met de demojaren 2022 en 2023', async () => {
    // Last, because the demo data adds its own seasons and shows to the pages above.
    await seedDemoData(t.databaseUrl);
    await shoot(finance, { jaarverslag: '/jaarverslag?jaar=2023' });
  }, 180_000);
});
