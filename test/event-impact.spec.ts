import { StreamedEvents } from '../src/events/streamed-events.js';
import { FeedbackTokens } from '../src/mail/feedback-tokens.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  publishedEvent,
  registerMember,
  signOnBody,
  type Member,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('de impact van een voorstelling, in de API en op de financiële pagina', () => {
  let t: TestApp;
  let finance: Member;
  let eventId: string;
  let quietEventId: string;
  const answers = [
    {
      kind: 'culture_house',
      viewers: 40,
      screens: 2,
      satisfaction: 5,
      pictureAndSound: 'good',
      comment: 'Prachtig, iedereen zong mee.',
    },
    {
      kind: 'care_centre',
      viewers: 25,
      screens: 1,
      satisfaction: 4,
      pictureAndSound: 'hiccups',
      comment: 'Geluid viel even weg.',
    },
    { kind: 'care_centre', viewers: 12, screens: 1, satisfaction: 4, pictureAndSound: 'good', comment: '' },
  ] as const;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
    const admin = await createStaff(t, 'admin');
    finance = await createStaff(t, 'finance');
    const launchCentre = await registerMember(t, 'culture_house');
    eventId = await publishedEvent(t, admin, launchCentre.organisationId, {}, 10);
    quietEventId = await publishedEvent(t, admin, launchCentre.organisationId, {}, 10);
    // The gage leaves the event below zero: the year's margin and a principle decision allow it.
    const [{ year }] = await t.dataSource.query(
      `SELECT extract(year FROM starts_at AT TIME ZONE 'Europe/Brussels')::int AS year FROM events WHERE id = $1`,
      [eventId],
    );
    await t.http
      .put(`/api/finance/years/${year}/margin`)
      .set(bearer(finance))
      .send({ approvedMarginCents: -1_000_000, decisionReference: 'Raad van bestuur' })
      .expect(200);
    await t.http
      .post(`/api/finance/events/${eventId}/decision`)
      .set(bearer(finance))
      .send({ acceptedDeficitCents: 130_000, reasons: ['social_relevance'], decidedBy: 'Raad van bestuur' })
      .expect(201);
    await t.http
      .post(`/api/finance/events/${eventId}/cost-lines`)
      .set(bearer(finance))
      .send({ category: 'artist_fee', label: 'Gage', basis: 'fixed', plannedCents: 130_000 })
      .expect(201);
    const tokens = t.app.get(FeedbackTokens);
    const answered: { id: string; answer: (typeof answers)[number] }[] = [];
    for (const answer of answers) {
      const member = await registerMember(t, answer.kind);
      const signOn = await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(member)).send(signOnBody()).expect(201);
      answered.push({ id: signOn.body.id, answer });
    }
    // A care centre that watched but did not answer.
    const silent = await registerMember(t, 'care_centre');
    await t.http.post(`/api/events/${eventId}/subscriptions`).set(bearer(silent)).send(signOnBody()).expect(201);
    const [{ ends_at }] = await t.dataSource.query('SELECT ends_at FROM events WHERE id = $1', [eventId]);
    await t.app.get(StreamedEvents).markEnded(new Date(ends_at.getTime() + 60_000));
    for (const { id, answer } of answered) {
      const { kind: _kind, ...body } = answer;
      await t.http
        .put(`/api/feedback/${tokens.issue(id, ends_at)}`)
        .send(body)
        .expect(200);
    }
    await t.http
      .put(`/api/events/${eventId}/stream-report`)
      .set(bearer(launchCentre))
      .send({ technicalIncidents: 'Encoder herstart om 14:20.' })
      .expect(200);
  });
  afterAll(() => t.close());

  it('geeft de cijfers die uit de ingevoerde antwoorden en de kost van de voorstelling volgen', async () => {
    const { body: money } = await t.http.get(`/api/finance/events/${eventId}`).set(bearer(finance)).expect(200);
    const { body: impact } = await t.http.get(`/api/finance/events/${eventId}/impact`).set(bearer(finance)).expect(200);
    const viewers = answers.reduce((sum, answer) => sum + answer.viewers, 0);
    const average = answers.reduce((sum, answer) => sum + answer.satisfaction, 0) / answers.length;
    expect(impact).toMatchObject({
      satellitesByAudience: { culture_house: 1, care_centre: 3 },
      satellites: 4,
      reportedByAudience: { culture_house: 1, care_centre: 2 },
      feedback: {
        reported: 3,
        viewers,
        screens: 4,
        averageSatisfaction: Math.round(average * 10) / 10,
        satisfactionCounts: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 },
        pictureAndSoundCounts: { good: 2, hiccups: 1, failed: 0 },
      },
      costCents: money.current.costCents,
      costPerViewerCents: Math.round(money.current.costCents / viewers),
    });
    expect(money.current.costCents).toBeGreaterThanOrEqual(130_000);
    expect(impact.comments.map((comment: { text: string }) => comment.text).sort()).toEqual(
      ['Geluid viel even weg.', 'Prachtig, iedereen zong mee.'].sort(),
    );
    expect(impact.technicalIssues.map((issue: { source: string; text: string }) => [issue.source, issue.text])).toEqual([
      ['satellite', 'Geluid viel even weg.'],
      ['launch_centre', 'Encoder herstart om 14:20.'],
    ]);
    await t.http
      .get(`/api/finance/events/${eventId}/impact`)
      .set(bearer(await registerMember(t)))
      .expect(403);
  });

  it('toont de impact op de financiële pagina, en zegt het wanneer nog niemand kijkers meldde', async () => {
    const cookie = `satelliet_sessie=${finance.token}`;
    const page = await t.http.get(`/financien/voorstelling/${eventId}`).set('Cookie', cookie).expect(200);
    expect(page.text).toContain('3 van 4 satellieten');
    expect(page.text).toContain('4,3 op 5');
    expect(page.text).toContain('Encoder herstart om 14:20.');
    const quiet = await t.http.get(`/financien/voorstelling/${quietEventId}`).set('Cookie', cookie).expect(200);
    expect(quiet.text).toContain('nog geen kijkers gemeld');
  });
});
