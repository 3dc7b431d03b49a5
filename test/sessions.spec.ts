import { bearer, createStaff, PASSWORD, registerMember, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { postForm, visitForm } from './support/web-form.js';

describe('sessies: een token werkt niet meer na afmelden of deactiveren', () => {
  let t: TestApp;
  let admin: Member;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await createStaff(t, 'admin');
  });
  afterAll(() => t.close());

  const login = async (email: string) =>
    (await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200)).body.accessToken as string;
  const me = (token: string) => t.http.get('/api/me').set(bearer({ token }));

  it('afmelden via de API meldt overal af: elk token van de gebruiker wordt geweigerd, een nieuwe aanmelding werkt', async () => {
    const member = await registerMember(t);
    const onPhone = await login(member.email);
    await me(member.token).expect(200);
    await t.http.post('/api/auth/logout').set(bearer(member)).expect(204);
    for (const token of [member.token, onPhone]) {
      expect((await me(token).expect(401)).body.type).toBe('/problems/token-invalid');
    }
    await me(await login(member.email)).expect(200);
  });

  it('afmelden op de webpagina maakt het token uit het cookie ongeldig, niet enkel het cookie weg', async () => {
    const member = await registerMember(t);
    const visitor = await visitForm(t, '/afmelden', [`satelliet_sessie=${member.token}`]);
    const response = await postForm(t, visitor, '/afmelden', {});
    expect(response.status).toBe(303);
    await me(member.token).expect(401);
  });

  it('een gedeactiveerde gebruiker die weer actief wordt, moet opnieuw aanmelden', async () => {
    const member = await registerMember(t);
    await t.http.patch(`/api/users/${member.userId}`).set(bearer(admin)).send({ active: false }).expect(200);
    await me(member.token).expect(401);
    expect((await t.http.post('/api/auth/login').send({ email: member.email, password: PASSWORD })).status).toBe(403);
    await t.http.patch(`/api/users/${member.userId}`).set(bearer(admin)).send({ active: true }).expect(200);
    await me(member.token).expect(401);
    await me(await login(member.email)).expect(200);
  });

  it('een gedeactiveerde organisatie: geen API, geen privé-agenda, en na heractiveren werken oude tokens en feed niet meer', async () => {
    const member = await registerMember(t);
    const { url } = (await t.http.post('/api/calendar/feed/rotate').set(bearer(member)).expect(200)).body;
    const feed = new URL(url).pathname;
    await t.http.get(feed).expect(200);

    await t.http.post(`/api/organisations/${member.organisationId}/deactivate`).set(bearer(admin)).expect(200);
    expect((await me(member.token).expect(401)).body.type).toBe('/problems/token-invalid');
    await t.http.get(feed).expect(404);
    expect((await t.http.post('/api/auth/login').send({ email: member.email, password: PASSWORD })).status).toBe(403);

    await t.http.post(`/api/organisations/${member.organisationId}/activate`).set(bearer(admin)).expect(200);
    await me(member.token).expect(401);
    await t.http.get(feed).expect(404);
    await me(await login(member.email)).expect(200);
  });

  it('een vervalst token met een andere sessieversie wordt geweigerd', async () => {
    const member = await registerMember(t);
    const [header, payload, signature] = member.token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, ver: claims.ver + 1 })).toString('base64url')}.${signature}`;
    await me(forged).expect(401);
  });
});
