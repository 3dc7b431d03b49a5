import { StreamedEvents } from '../src/events/streamed-events.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  publishedEvent,
  registerMember,
  seasonOf,
  signOnBody,
  type Member,
} from './support/factories.js';
import { startMailScene, type MailScene } from './support/mail-scene.js';
import { waitUntil } from './support/wait-until.js';

const TARIFFS = { culture_house: 25000, care_centre: 9500 };
const ARTIST_FEE = 300000;
const KIT = 1200;

/** Brussels wall-clock times in the call's season, on both sides of a daylight-saving switch. */
function proposalBody(firstYear: number, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Liedjes van toen',
    performers: ['De Bonanza’s'],
    venue: 'Grote zaal',
    possibleStarts: [`${firstYear}-10-14T14:00:00+02:00`, `${firstYear + 1}-03-30T14:00:00+02:00`],
    durationMinutes: 90,
    technicalNotes: 'Glasvezel in de zaal; twee vaste camera’s.',
    costLines: [
      { category: 'artist_fee', label: 'Gage artiesten', basis: 'fixed', plannedCents: ARTIST_FEE, vatRatePercent: 6 },
      { category: 'production', label: 'Affiche- en ticketkit', basis: 'per_satellite', plannedCents: KIT, vatRatePercent: 21 },
    ],
    ...overrides,
  };
}

describe('de oproep voor het volgende seizoen, van oproep tot ontwerpvoorstelling', () => {
  let scene: MailScene;
  let finance: Member;
  let careCentre: Member;
  let otherHouse: Member;
  let thirdHouse: Member;
  let season: string;
  let firstYear: number;

  beforeAll(async () => {
    scene = await startMailScene();
    const { t, admin, launchCentre } = scene;
    finance = await createStaff(t, 'finance');
    careCentre = await registerMember(t, 'care_centre');
    otherHouse = await registerMember(t, 'culture_house');
    thirdHouse = await registerMember(t, 'culture_house');
    // History: one streamed event of this season with one culture house and two care centres confirmed.
    const past = await publishedEvent(t, admin, launchCentre.organisationId, { ...tariffsOf(TARIFFS) });
    for (const satellite of [otherHouse, careCentre, await registerMember(t, 'care_centre')]) {
      await t.http.post(`/api/events/${past}/subscriptions`).set(bearer(satellite)).send(signOnBody()).expect(201);
    }
    await t.app.get(StreamedEvents).markEnded(new Date(Date.now() + 400 * 86_400_000));
    firstYear = Number(seasonOf(new Date()).slice(0, 4)) + 1;
    season = await ensureSeason(t.dataSource, `${firstYear}-${firstYear + 1}`);
  });
  afterAll(() => scene.close());

  it('loopt van oproep over voorstel, interesse en gepland resultaat tot een ontwerpvoorstelling, een afwijzing en één mail elk', async () => {
    const { t, admin, launchCentre } = scene;
    const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString();

    // The admin opens the call; a second open call for the season, or a deadline in the past, is refused.
    const call = (await t.http.post('/api/calls').set(bearer(admin)).send({ seasonCode: season, deadline }).expect(201)).body;
    expect(call).toMatchObject({ seasonCode: season, acceptsProposals: true, closedAt: null });
    const second = await t.http.post('/api/calls').set(bearer(admin)).send({ seasonCode: season, deadline }).expect(409);
    expect(second.headers['content-type']).toContain('application/problem+json');
    expect(second.body).toMatchObject({ type: '/problems/call-already-open', errors: [{ field: 'seasonCode' }] });
    const past = await t.http
      .post('/api/calls')
      .set(bearer(admin))
      .send({ seasonCode: season, deadline: new Date(Date.now() - 60_000).toISOString() })
      .expect(400);
    expect(past.body.errors).toEqual([expect.objectContaining({ field: 'deadline' })]);

    // Only a culture house proposes; bad input is a Dutch 400 naming the field, and nothing is saved.
    await t.http.post(`/api/calls/${call.id}/proposals`).set(bearer(careCentre)).send(proposalBody(firstYear)).expect(403);
    const badAmount = proposalBody(firstYear);
    badAmount.costLines[1].plannedCents = -5;
    const refused = await t.http.post(`/api/calls/${call.id}/proposals`).set(bearer(launchCentre)).send(badAmount).expect(400);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toContain('costLines.1.plannedCents');
    const outside = await t.http
      .post(`/api/calls/${call.id}/proposals`)
      .set(bearer(launchCentre))
      .send(
        proposalBody(firstYear, {
          possibleStarts: [`${firstYear}-10-14T14:00:00+02:00`, `${firstYear + 2}-10-01T14:00:00+02:00`],
        }),
      )
      .expect(400);
    expect(outside.body.errors).toEqual([expect.objectContaining({ field: 'possibleStarts.1' })]);
    expect(outside.body.detail).toMatch(/buiten seizoen/);
    expect(await count(scene, 'SELECT count(*) FROM proposals')).toBe(0);
    expect(await count(scene, 'SELECT count(*) FROM proposal_cost_lines')).toBe(0);

    // A valid proposal: dates typed with their Brussels offset are stored as UTC instants.
    const proposal = (
      await t.http.post(`/api/calls/${call.id}/proposals`).set(bearer(launchCentre)).send(proposalBody(firstYear)).expect(201)
    ).body;
    expect(proposal.possibleStarts).toEqual([`${firstYear}-10-14T12:00:00.000Z`, `${firstYear + 1}-03-30T12:00:00.000Z`]);
    expect(proposal.costLines).toHaveLength(2);
    const declined = (
      await t.http
        .post(`/api/calls/${call.id}/proposals`)
        .set(bearer(otherHouse))
        .send(proposalBody(firstYear, { title: 'Harmonie op zondag' }))
        .expect(201)
    ).body;

    // The proposer edits while the call is open; a failing edit changes nothing; nobody else may edit it.
    await t.http
      .patch(`/api/proposals/${proposal.id}`)
      .set(bearer(launchCentre))
      .send({ title: 'Liedjes van vroeger' })
      .expect(200);
    await t.http
      .patch(`/api/proposals/${proposal.id}`)
      .set(bearer(launchCentre))
      .send({ title: 'Half opgeslagen', possibleStarts: [`${firstYear + 3}-01-01T14:00:00+01:00`] })
      .expect(400);
    await t.http.patch(`/api/proposals/${proposal.id}`).set(bearer(otherHouse)).send({ title: 'Van een ander' }).expect(404);
    expect((await t.http.get(`/api/proposals/${proposal.id}`).set(bearer(launchCentre)).expect(200)).body.title).toBe(
      'Liedjes van vroeger',
    );

    // Satellites mark interest: one mark per organisation, marking again only changes the numbers.
    await t.http.put(`/api/proposals/${proposal.id}/interest`).set(bearer(careCentre)).send({ screens: 2 }).expect(200);
    const marked = await t.http
      .put(`/api/proposals/${proposal.id}/interest`)
      .set(bearer(careCentre))
      .send({ screens: 2, expectedViewers: 40 })
      .expect(200);
    expect(marked.body).toMatchObject({ interestCount: 1, myInterest: true, costLines: null });
    await t.http.put(`/api/proposals/${proposal.id}/interest`).set(bearer(otherHouse)).send({}).expect(200);
    await t.http.delete(`/api/proposals/${proposal.id}/interest`).set(bearer(otherHouse)).expect(200);
    await t.http.put(`/api/proposals/${proposal.id}/interest`).set(bearer(otherHouse)).send({}).expect(200);
    expect(await count(scene, `SELECT count(*) FROM proposal_interests WHERE proposal_id = '${proposal.id}'`)).toBe(2);
    await expect(
      t.dataSource.query(`INSERT INTO proposal_interests (proposal_id, organisation_id, marked_by_user_id) VALUES ($1, $2, $3)`, [
        proposal.id,
        careCentre.organisationId,
        careCentre.userId,
      ]),
    ).rejects.toThrow(/duplicate key/);

    // Finance: the forecast from interest and history, the planned result and what makes it break even.
    await t.http.get(`/api/proposals/${proposal.id}/planned-result`).set(bearer(careCentre)).expect(403);
    const planned = (await t.http.get(`/api/proposals/${proposal.id}/planned-result`).set(bearer(finance)).expect(200)).body;
    expect(planned.forecast).toMatchObject({
      interest: { culture_house: 1, care_centre: 1 },
      history: { events: 1, averageConfirmed: { culture_house: 1, care_centre: 2 } },
      expectedSatellites: { culture_house: 1, care_centre: 2 },
      screens: 2,
      expectedViewers: 40,
    });
    expect(planned.tariffsCents).toEqual(TARIFFS);
    const plannedResult = 1 * TARIFFS.culture_house + 2 * TARIFFS.care_centre - (ARTIST_FEE + 3 * KIT);
    expect(planned.planned.resultCents).toBe(plannedResult);
    expect(planned.verdict.allowed).toBe(false);
    const breakEvenTariff = planned.breakEven.tariffsCents.care_centre as number;
    const neededCareCentres = planned.breakEven.satellites.care_centre.satellites as number;
    const whatIf = (changes: Record<string, unknown>) =>
      t.http.post(`/api/proposals/${proposal.id}/what-if`).set(bearer(finance)).send(changes).expect(200);
    expect((await whatIf({ tariffsCents: { care_centre: breakEvenTariff } })).body.planned.resultCents).toBeGreaterThanOrEqual(0);
    expect((await whatIf({ tariffsCents: { care_centre: breakEvenTariff - 1 } })).body.planned.resultCents).toBeLessThan(0);
    const enough = (await whatIf({ expectedSatellites: { care_centre: neededCareCentres } })).body;
    expect(enough.planned.resultCents).toBeGreaterThanOrEqual(0);
    expect(enough.verdict.allowed).toBe(true);
    expect((await whatIf({ expectedSatellites: { care_centre: neededCareCentres - 1 } })).body.planned.resultCents).toBeLessThan(
      0,
    );
    const list = (await t.http.get(`/api/calls/${call.id}/planned-results`).set(bearer(finance)).expect(200)).body;
    expect(list.items.map((item: { proposalId: string }) => item.proposalId).sort()).toEqual([proposal.id, declined.id].sort());

    // Accepted on its second date: a draft event with the proposal's cost lines and the forecast as plan.
    const accepted = (
      await t.http
        .post(`/api/proposals/${proposal.id}/accept`)
        .set(bearer(admin))
        .send({ startsAt: `${firstYear + 1}-03-30T14:00:00+02:00` })
        .expect(200)
    ).body;
    const event = (await t.http.get(`/api/events/${accepted.eventId}`).set(bearer(admin)).expect(200)).body;
    expect(event).toMatchObject({
      status: 'draft',
      title: 'Liedjes van vroeger',
      seasonCode: season,
      startsAt: `${firstYear + 1}-03-30T12:00:00.000Z`,
      cultureHouseTariffCents: TARIFFS.culture_house,
      careCentreTariffCents: TARIFFS.care_centre,
    });
    expect(event.launchCentre.id).toBe(launchCentre.organisationId);
    const books = (await t.http.get(`/api/finance/events/${accepted.eventId}`).set(bearer(finance)).expect(200)).body;
    expect(books.plan.expectedSatellites).toEqual({ culture_house: 1, care_centre: 2 });
    expect(
      books.costLines.map((line: { label: string; plannedCents: number }) => [line.label, line.plannedCents]).sort(),
    ).toEqual([
      ['Affiche- en ticketkit', KIT],
      ['Gage artiesten', ARTIST_FEE],
    ]);
    expect(books.planned.resultCents).toBe(plannedResult);
    await t.http.post(`/api/proposals/${proposal.id}/accept`).set(bearer(admin)).send({}).expect(409);
    await t.http.patch(`/api/proposals/${proposal.id}`).set(bearer(launchCentre)).send({ title: 'Te laat' }).expect(409);

    // Declined with a reason; a decided proposal cannot be decided again.
    await t.http
      .post(`/api/proposals/${declined.id}/decline`)
      .set(bearer(admin))
      .send({ reason: 'Het programma van het voorjaar is al vol.' })
      .expect(200);
    const again = await t.http.post(`/api/proposals/${declined.id}/accept`).set(bearer(admin)).send({}).expect(409);
    expect(again.body).toMatchObject({ type: '/problems/proposal-decided', detail: expect.stringContaining('afgewezen') });

    // Two admins accept the same proposal at the same moment: one event, and one 409.
    const raced = (
      await t.http
        .post(`/api/calls/${call.id}/proposals`)
        .set(bearer(thirdHouse))
        .send(proposalBody(firstYear, { title: 'Tweemaal aanvaard' }))
        .expect(201)
    ).body;
    const answers = await Promise.all(
      [1, 2].map(() => t.http.post(`/api/proposals/${raced.id}/accept`).set(bearer(admin)).send({})),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(await count(scene, `SELECT count(*) FROM events WHERE title = 'Tweemaal aanvaard'`)).toBe(1);
    expect(
      await count(
        scene,
        `SELECT count(*) FROM cost_lines c JOIN events e ON e.id = c.event_id WHERE e.title = 'Tweemaal aanvaard'`,
      ),
    ).toBe(2);

    // After the deadline: no new proposals (Dutch 409); the admin closes; a new call for the season may then open.
    await t.dataSource.query(`UPDATE calls SET deadline = now() - interval '1 minute' WHERE id = $1`, [call.id]);
    const late = await t.http
      .post(`/api/calls/${call.id}/proposals`)
      .set(bearer(otherHouse))
      .send(proposalBody(firstYear, { title: 'Te laat ingediend' }))
      .expect(409);
    expect(late.body).toMatchObject({ type: '/problems/call-closed', detail: expect.stringContaining('liep tot') });
    const closed = (await t.http.post(`/api/calls/${call.id}/close`).set(bearer(admin)).send({}).expect(200)).body;
    expect(closed.closedAt).not.toBeNull();
    await t.http.post('/api/calls').set(bearer(admin)).send({ seasonCode: season, deadline }).expect(201);

    // Every proposer gets exactly one Dutch mail with the outcome, also when the relay runs again.
    await scene.deliverAll();
    const proposers = [launchCentre.email, otherHouse.email, thirdHouse.email];
    await waitUntil(() => proposers.every((email) => outcomeMails(scene, email).length > 0), 10_000);
    expect(await scene.deliverAll()).toBe(0);
    const [acceptMail] = expectOneMail(scene, launchCentre.email);
    expect(acceptMail.parsed.subject).toBe('Uw voorstel is aanvaard: Liedjes van vroeger');
    const [declineMail] = expectOneMail(scene, otherHouse.email);
    expect(declineMail.parsed.subject).toBe('Uw voorstel: Harmonie op zondag');
    expect(declineMail.parsed.text).toContain('Het programma van het voorjaar is al vol.');
    expectOneMail(scene, thirdHouse.email);
  });
});

function tariffsOf(tariffs: typeof TARIFFS) {
  return { cultureHouseTariffCents: tariffs.culture_house, careCentreTariffCents: tariffs.care_centre };
}

async function count(scene: MailScene, sql: string): Promise<number> {
  const [row] = await scene.t.dataSource.query(sql);
  return Number(row.count);
}

const outcomeMails = (scene: MailScene, email: string) =>
  scene.mailsTo(email).filter((mail) => mail.parsed.subject?.startsWith('Uw voorstel'));

function expectOneMail(scene: MailScene, email: string) {
  const mails = outcomeMails(scene, email);
  expect(mails).toHaveLength(1);
  return mails;
}
