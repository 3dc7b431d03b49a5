import {
  createMembersInBulk,
  createStaff,
  ensureSeason,
  publishedEvent,
  registerMember,
  signOnBody,
  type Member,
} from './factories.js';
import { rawRequest, type RawResponse } from './raw-http.js';
import type { TestApp } from './test-app.js';

/** A published event with a capacity and many care centres ready to sign on, prepared through the in-process app. */
export async function contestedEvent(setup: TestApp, capacity: number, satellites: number) {
  await ensureSeason(setup.dataSource);
  const admin = await createStaff(setup, 'admin');
  const launchCentre = await registerMember(setup, 'culture_house');
  const eventId = await publishedEvent(setup, admin, launchCentre.organisationId, { capacity });
  return { admin, eventId, members: await createMembersInBulk(setup, satellites) };
}

/** One sign-on over real HTTP, to whichever app process `baseUrl` points at. */
export function signOnOverHttp(baseUrl: string, eventId: string, member: Member, contactEmail?: string): Promise<RawResponse> {
  return rawRequest(baseUrl, {
    method: 'POST',
    path: `/api/events/${eventId}/subscriptions`,
    body: JSON.stringify(signOnBody(contactEmail ? { contactEmail } : {})),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
  });
}
