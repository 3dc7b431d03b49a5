import { bearer, createStaff, PASSWORD, registerMember, registrationBody } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('accounts: registreren, aanmelden en rollen', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const countOrganisations = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM organisations'))[0].n);
  const countUsers = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM users'))[0].n);

  it('registreert een zorgcentrum met zijn eerste gebruiker en geeft een token dat /api/me opent', async () => {
    const body = registrationBody({ kind: 'care_centre' });
    const registered = await t.http.post('/api/auth/register').send(body).expect(201);
    expect(registered.body.user).toMatchObject({ email: body.user.email, role: 'member' });
    expect(registered.body.user).not.toHaveProperty('passwordHash');
    const me = await t.http
      .get('/api/me')
      .set(bearer({ token: registered.body.accessToken }))
      .expect(200);
    expect(me.body.organisation).toMatchObject({ name: body.organisation.name, kind: 'care_centre' });
  });

  it('bewaart wachtwoorden als argon2-hash', async () => {
    const member = await registerMember(t);
    const [row] = await t.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [member.userId]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  describe('slechte invoer krijgt een problem+json en schrijft niets', () => {
    it.each([
      [
        'een fout ondernemingsnummer',
        (b: ReturnType<typeof registrationBody>) => ({
          ...b,
          organisation: { ...b.organisation, enterpriseNumber: '0203201341' },
        }),
        'organisation.enterpriseNumber',
      ],
      [
        'een misvormd e-mailadres',
        (b: ReturnType<typeof registrationBody>) => ({ ...b, user: { ...b.user, email: 'geen-adres' } }),
        'user.email',
      ],
      ['een onbekend veld', (b: ReturnType<typeof registrationBody>) => ({ ...b, isAdmin: true }), 'isAdmin'],
      [
        'een postcode van 3 cijfers',
        (b: ReturnType<typeof registrationBody>) => ({ ...b, organisation: { ...b.organisation, postcode: '399' } }),
        'organisation.postcode',
      ],
    ])('%s', async (_name, mutate, field) => {
      const [orgsBefore, usersBefore] = [await countOrganisations(), await countUsers()];
      const response = await t.http.post('/api/auth/register').send(mutate(registrationBody())).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: '/problems/validation', status: 400, title: 'Ongeldige invoer' });
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      expect(response.body.detail).toMatch(/Controleer uw invoer/);
      expect([await countOrganisations(), await countUsers()]).toEqual([orgsBefore, usersBefore]);
    });

    it('een body van 10 MB krijgt 413', async () => {
      const before = await countOrganisations();
      const huge = { ...registrationBody(), padding: 'x'.repeat(10 * 1024 * 1024) };
      const response = await t.http.post('/api/auth/register').send(huge).expect(413);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.type).toBe('/problems/body-too-large');
      expect(await countOrganisations()).toBe(before);
    });

    it('een zorgcentrum met een subsoort van een cultuurhuis wordt geweigerd', async () => {
      const body = registrationBody({ kind: 'care_centre' });
      body.organisation.subKind = 'cultuurcentrum';
      const before = await countOrganisations();
      const response = await t.http.post('/api/auth/register').send(body).expect(400);
      expect(response.body.errors[0].field).toBe('organisation.subKind');
      expect(await countOrganisations()).toBe(before);
    });
  });

  it('weigert een tweede account voor hetzelfde ondernemingsnummer met 409, zonder iets te schrijven', async () => {
    const first = registrationBody();
    await t.http.post('/api/auth/register').send(first).expect(201);
    const users = await countUsers();
    const second = registrationBody({ enterpriseNumber: first.organisation.enterpriseNumber });
    const response = await t.http.post('/api/auth/register').send(second).expect(409);
    expect(response.body.type).toBe('/problems/enterprise-number-taken');
    expect(await countUsers()).toBe(users);
  });

  it('weigert een e-mailadres dat al een account heeft, en de organisatie blijft dan niet half bewaard', async () => {
    const first = registrationBody();
    await t.http.post('/api/auth/register').send(first).expect(201);
    const organisations = await countOrganisations();
    const response = await t.http
      .post('/api/auth/register')
      .send(registrationBody({ email: first.user.email.toUpperCase() }))
      .expect(409);
    expect(response.body.type).toBe('/problems/email-taken');
    expect(await countOrganisations()).toBe(organisations);
  });

  it('geeft na vijf foute wachtwoorden op rij een 429, ook voor het juiste wachtwoord', async () => {
    const member = await registerMember(t);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      statuses.push((await t.http.post('/api/auth/login').send({ email: member.email, password: 'fout-wachtwoord' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const locked = await t.http.post('/api/auth/login').send({ email: member.email, password: PASSWORD }).expect(429);
    expect(locked.headers['retry-after']).toBeDefined();
    expect(locked.body.type).toBe('/problems/too-many-login-attempts');
  });

  it('een goede aanmelding zet de teller van foute pogingen terug', async () => {
    const member = await registerMember(t);
    for (let attempt = 0; attempt < 4; attempt++) {
      await t.http.post('/api/auth/login').send({ email: member.email, password: 'fout-wachtwoord' }).expect(401);
    }
    await t.http.post('/api/auth/login').send({ email: member.email, password: PASSWORD }).expect(200);
    await t.http.post('/api/auth/login').send({ email: member.email, password: 'fout-wachtwoord' }).expect(401);
  });

  it('een ongeldig of vervalst token krijgt 401', async () => {
    await t.http.get('/api/me').set('Authorization', 'Bearer nep.token.hier').expect(401);
    await t.http.get('/api/me').expect(401);
  });

  it('een admin deactiveert een organisatie: haar gebruikers kunnen niet meer aanmelden en hun token werkt niet meer', async () => {
    const admin = await createStaff(t, 'admin');
    const member = await registerMember(t);
    await t.http.post(`/api/organisations/${member.organisationId}/deactivate`).set(bearer(admin)).expect(200);
    // Deactivation ends every session: the old token is no longer valid at all.
    await t.http.get('/api/me').set(bearer(member)).expect(401);
    const login = await t.http.post('/api/auth/login').send({ email: member.email, password: PASSWORD }).expect(403);
    expect(login.body.type).toBe('/problems/account-inactive');
    await t.http.post(`/api/organisations/${member.organisationId}/activate`).set(bearer(admin)).expect(200);
    await t.http.post('/api/auth/login').send({ email: member.email, password: PASSWORD }).expect(200);
  });

  it('de operator zelf kan niet gedeactiveerd worden: dat zou elke beheerder buitensluiten', async () => {
    const admin = await createStaff(t, 'admin');
    const refused = await t.http.post(`/api/organisations/${admin.organisationId}/deactivate`).set(bearer(admin)).expect(409);
    expect(refused.body.type).toBe('/problems/operator-stays-active');
    await t.http.get('/api/me').set(bearer(admin)).expect(200);
  });

  it('een admin lijst, bewerkt en deactiveert gebruikers', async () => {
    const admin = await createStaff(t, 'admin');
    const member = await registerMember(t);
    const list = await t.http.get('/api/users').query({ organisationId: member.organisationId }).set(bearer(admin)).expect(200);
    expect(list.body.items.map((u: { id: string }) => u.id)).toEqual([member.userId]);
    await t.http.patch(`/api/users/${member.userId}`).set(bearer(admin)).send({ fullName: 'Nieuwe Naam' }).expect(200);
    const promoted = await t.http.patch(`/api/users/${member.userId}`).set(bearer(admin)).send({ role: 'finance' }).expect(400);
    expect(promoted.body.errors[0].field).toBe('role');
    await t.http.patch(`/api/users/${member.userId}`).set(bearer(admin)).send({ active: false }).expect(200);
    await t.http.post('/api/auth/login').send({ email: member.email, password: PASSWORD }).expect(403);
  });

  it('een lid kan geen organisaties of gebruikers beheren en ziet enkel de eigen organisatie', async () => {
    const member = await registerMember(t);
    const other = await registerMember(t);
    await t.http.get('/api/organisations').set(bearer(member)).expect(403);
    await t.http.get('/api/users').set(bearer(member)).expect(403);
    await t.http.post(`/api/organisations/${other.organisationId}/deactivate`).set(bearer(member)).expect(403);
    await t.http.get(`/api/organisations/${member.organisationId}`).set(bearer(member)).expect(200);
    await t.http.get(`/api/organisations/${other.organisationId}`).set(bearer(member)).expect(404);
  });
});
