import { bearer, createStaff, ensureSeason, publishedEvent, registerMember, signOnBody, type Member } from './factories.js';
import type { TestApp } from './test-app.js';

export interface Actors {
  admin: Member;
  finance: Member;
  cultureHouse: Member;
  careCentre: Member;
}

/** One of each role and one row of each writable kind, for tests that aim bad writes at real ids. */
export interface WriteScene {
  actors: Actors;
  eventId: string;
  subscriptionId: string;
  costLineId: string;
  incomeId: string;
}

export async function createWriteScene(t: TestApp): Promise<WriteScene> {
  await ensureSeason(t.dataSource);
  const actors: Actors = {
    admin: await createStaff(t, 'admin'),
    finance: await createStaff(t, 'finance'),
    cultureHouse: await registerMember(t, 'culture_house'),
    careCentre: await registerMember(t, 'care_centre'),
  };
  const eventId = await publishedEvent(t, actors.admin, actors.cultureHouse.organisationId, { capacity: 10 });
  const subscription = await t.http
    .post(`/api/events/${eventId}/subscriptions`)
    .set(bearer(actors.careCentre))
    .send(signOnBody())
    .expect(201);
  // Income first and a smaller cost: a published event may not be pushed into an uncovered deficit.
  const income = await t.http
    .post(`/api/finance/events/${eventId}/other-income`)
    .set(bearer(actors.finance))
    .send({ kind: 'subsidy', label: 'Provinciale subsidie', amountCents: 20_000 })
    .expect(201);
  const costLine = await t.http
    .post(`/api/finance/events/${eventId}/cost-lines`)
    .set(bearer(actors.finance))
    .send({ category: 'artist_fee', label: 'Gage', basis: 'fixed', plannedCents: 5_000 })
    .expect(201);
  return {
    actors,
    eventId,
    subscriptionId: subscription.body.id,
    costLineId: costLine.body.id,
    incomeId: income.body.id,
  };
}
