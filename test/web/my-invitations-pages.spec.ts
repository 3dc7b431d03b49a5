import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  DESKTOP,
  fillSignOnForm,
  launchBrowser,
  PHONE,
  scrollsSideways,
  signIn,
} from '../support/browser.js';
import { createStaff, ensureSeason, PASSWORD, publishedEvent, registerMember, type Member } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ProblemException } from '../../src/common/errors/problem.js';
import { InvitationsService } from '../../src/subscriptions/invitations.service.js';
import { SubscriptionProblems } from '../../src/subscriptions/subscriptions.errors.js';
import { SignOnDto } from '../../src/subscriptions/dto/sign-on.dto.js';
import type { AuthenticatedUser } from '../../src/accounts/authenticated-user.js';

describe('webpagina’s: mijn uitnodigingen, een e-mailuitnodiging aanvaarden met een bestaand account, niet dubbel uitnodigen', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let admin: Member;
  let cultureHouse: Member;
  let careCentre: Member;

  beforeAll(async () => {
    t = await startTestApp();
    browser = await launchBrowser();
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    cultureHouse = await registerMember(t, 'culture_house');
    careCentre = await registerMember(t, 'care_centre');
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: DESKTOP });
  });
  afterEach(() => page.close());
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const invitationCount = async (eventId: string) =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM invitations WHERE event_id = $1', [eventId]))[0].n);

  const inviteByEmail = async (eventId: string) => {
    await page.goto(`${t.baseUrl}/mijn/uitnodigen?voorstelling=${eventId}`);
    await page.getByLabel('Of: e-mailadres van het zorgcentrum').fill('animatie@wzc-de-linde.example');
    await page.getByLabel('Ons cultuurhuis betaalt alles').check();
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await page.waitForURL(/\/mijn\/uitnodigingen\/[0-9a-f-]{36}$/);
  };

  it('een cultuurhuis nodigt per e-mail uit; opnieuw versturen of herladen maakt geen tweede uitnodiging', async () => {
    const eventId = await publishedEvent(t, admin, cultureHouse.organisationId, { title: 'Zomer in de Polder' });
    await signIn(page, t.baseUrl, cultureHouse.email, PASSWORD);
    await inviteByEmail(eventId);
    const resultUrl = page.url();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Uitnodiging klaar');
    await page.reload();
    await page.goBack();
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await page.waitForURL(resultUrl);
    await inviteByEmail(eventId);
    expect(page.url()).toBe(resultUrl);
    expect(await invitationCount(eventId)).toBe(1);
  });

  it('een aangemeld zorgcentrum aanvaardt een e-mailuitnodiging via de link; beide zien de status in mijn uitnodigingen', async () => {
    const eventId = await publishedEvent(t, admin, cultureHouse.organisationId, { title: 'Het Dorp zingt' });
    await signIn(page, t.baseUrl, cultureHouse.email, PASSWORD);
    await inviteByEmail(eventId);
    const link = new URL(await page.getByLabel('Link voor het zorgcentrum').inputValue()).pathname;
    await page.goto(`${t.baseUrl}/mijn/uitnodigingen`);
    expect(await page.locator('section', { hasText: 'Verstuurd' }).textContent()).toMatch(
      /Het Dorp zingt[\s\S]*open[\s\S]*animatie@wzc-de-linde\.example/,
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    const centre = await browser.newPage({ viewport: DESKTOP });
    await signIn(centre, t.baseUrl, careCentre.email, PASSWORD);
    await centre.goto(`${t.baseUrl}${link}`);
    expect(await accessibilityViolations(centre)).toEqual([]);
    await fillSignOnForm(centre, {
      name: 'Els Animatie',
      email: 'els@wzc-de-linde.example',
      phone: '011 22 33 55',
      viewers: '25',
    });
    await centre.getByRole('button', { name: 'Aanvaarden en intekenen' }).click();
    await centre.waitForURL(/nieuw=1/);
    const [row] = await t.dataSource.query('SELECT status, invitee_organisation_id FROM invitations WHERE event_id = $1', [
      eventId,
    ]);
    expect(row).toEqual({ status: 'accepted', invitee_organisation_id: careCentre.organisationId });

    await centre.goto(`${t.baseUrl}/mijn/uitnodigingen`);
    expect(await centre.locator('section', { hasText: 'Ontvangen' }).textContent()).toMatch(/Het Dorp zingt[\s\S]*aanvaard/);
    expect(await centre.getByRole('link', { name: /Naar de intekening/ }).count()).toBe(1);
    expect(await accessibilityViolations(centre)).toEqual([]);
    await centre.close();

    await page.goto(`${t.baseUrl}/mijn/uitnodigingen`);
    expect(await page.locator('section', { hasText: 'Verstuurd' }).textContent()).toContain('aanvaard');
  });

  it('een aangemeld zorgcentrum neemt een ontvangen uitnodiging aan vanuit mijn uitnodigingen, zonder e-maillink', async () => {
    const eventId = await publishedEvent(t, admin, cultureHouse.organisationId, { title: 'Op de site aangenomen' });
    const house = await actorFor(cultureHouse, 'culture_house');
    await t.app
      .get(InvitationsService)
      .create(eventId, house, { organisationId: careCentre.organisationId, costSharing: 'sponsor' } as never);

    await signIn(page, t.baseUrl, careCentre.email, PASSWORD);
    await page.goto(`${t.baseUrl}/mijn/uitnodigingen`);
    const received = page.locator('section', { hasText: 'Ontvangen' });
    expect(await received.textContent()).toMatch(/Op de site aangenomen[\s\S]*open/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await received.getByRole('link', { name: /Bekijken en aannemen\s*: Op de site aangenomen/ }).click();
    await page.waitForURL(/\/uitnodigingen\/[\w-]+$/);
    await fillSignOnForm(page, { name: 'Els Animatie', email: 'els@wzc.example', phone: '011 22 33 55', viewers: '25' });
    await page.getByRole('button', { name: 'Aanvaarden en intekenen' }).click();
    await page.waitForURL(/nieuw=1/);
    await page.goto(`${t.baseUrl}/mijn/uitnodigingen`);
    expect(await received.getByRole('link', { name: /Bekijken en aannemen\s*: Op de site aangenomen/ }).count()).toBe(0);
  });

  it('een cultuurhuis kan een e-mailuitnodiging niet zelf aanvaarden, en een uitnodiging voor een ander zorgcentrum evenmin', async () => {
    const eventId = await publishedEvent(t, admin, cultureHouse.organisationId, { title: 'Niet voor u' });
    const service = t.app.get(InvitationsService);
    const house = await actorFor(cultureHouse, 'culture_house');
    const byEmail = await service.create(eventId, house, { email: 'x@wzc.example', costSharing: 'sponsor' } as never);
    const token = new URL(byEmail.acceptUrl).pathname.split('/').pop() as string;
    const details = Object.assign(new SignOnDto(), {});
    await expect(service.acceptByToken(token, house, details)).rejects.toMatchObject({
      kind: SubscriptionProblems.invalidInvitee,
    });

    const other = await registerMember(t, 'care_centre');
    const named = await service.create(eventId, house, { organisationId: other.organisationId, costSharing: 'sponsor' } as never);
    const namedToken = new URL(named.acceptUrl).pathname.split('/').pop() as string;
    const error = await service
      .acceptByToken(namedToken, await actorFor(careCentre, 'care_centre'), details)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemException);
    expect((error as ProblemException).kind.status).toBe(404);

    await signIn(page, t.baseUrl, cultureHouse.email, PASSWORD);
    const response = await page.goto(`${t.baseUrl}/uitnodigingen/${token}`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('button', { name: 'Aanvaarden en intekenen' }).count()).toBe(0);
  });

  it('scrolt op een telefoon niet zijwaarts', async () => {
    const phone = await browser.newPage({ viewport: PHONE });
    await signIn(phone, t.baseUrl, cultureHouse.email, PASSWORD);
    await phone.goto(`${t.baseUrl}/mijn/uitnodigingen`);
    expect(await scrollsSideways(phone)).toBe(false);
    await phone.close();
  });

  async function actorFor(member: Member, kind: 'culture_house' | 'care_centre'): Promise<AuthenticatedUser> {
    return {
      id: member.userId,
      email: member.email,
      fullName: 'Test',
      role: 'member',
      organisationId: member.organisationId,
      organisationKind: kind,
    } as AuthenticatedUser;
  }
});
