import { bearer, PASSWORD, registerMember } from './support/factories.js';
import { startMailScene, type MailScene } from './support/mail-scene.js';

describe('wachtwoord wijzigen en herstellen, collega uitnodigen (API)', () => {
  let scene: MailScene;
  beforeAll(async () => {
    scene = await startMailScene();
  });
  afterAll(() => scene.close());

  const tokenInMail = (email: string, path: string) => {
    const mail = scene.mailsTo(email).at(-1);
    const token = new RegExp(`/${path}/([\\w-]+)`).exec(mail?.parsed.text ?? '')?.[1];
    if (!token) throw new Error(`Geen ${path}-link in de mail aan ${email}`);
    return token;
  };

  it('wijzigt het wachtwoord: een fout huidig wachtwoord geeft 400 op dat veld, daarna werkt enkel het nieuwe token', async () => {
    const { t } = scene;
    const member = await registerMember(t);
    const wrong = await t.http
      .post('/api/me/password')
      .set(bearer(member))
      .send({ currentPassword: 'niet-het-wachtwoord', newPassword: 'een ander goed wachtwoord' })
      .expect(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'klopt niet' }]);
    const changed = await t.http
      .post('/api/me/password')
      .set(bearer(member))
      .send({ currentPassword: PASSWORD, newPassword: 'een ander goed wachtwoord' })
      .expect(200);
    await t.http.get('/api/me').set(bearer(member)).expect(401);
    await t.http
      .get('/api/me')
      .set(bearer({ token: changed.body.accessToken }))
      .expect(200);
  });

  it('geeft hetzelfde antwoord voor een bekend en een onbekend adres, en mailt enkel het bekende', async () => {
    const { t } = scene;
    const member = await registerMember(t);
    const known = await t.http.post('/api/auth/password-reset').send({ email: member.email }).expect(202);
    const unknown = await t.http.post('/api/auth/password-reset').send({ email: 'niemand@nergens.example' }).expect(202);
    expect(unknown.body).toEqual(known.body);
    await scene.deliverAll();
    expect(scene.mailsTo(member.email)).toHaveLength(1);
    expect(scene.mailsTo('niemand@nergens.example')).toHaveLength(0);
  });

  it('een herstellink werkt één keer, en een verlopen link niet', async () => {
    const { t } = scene;
    const member = await registerMember(t);
    await t.http.post('/api/auth/password-reset').send({ email: member.email }).expect(202);
    await scene.deliverAll();
    const token = tokenInMail(member.email, 'wachtwoord-herstellen');
    await t.http.post('/api/auth/password-reset/confirm').send({ token, newPassword: 'nieuw wachtwoord een' }).expect(200);
    const again = await t.http
      .post('/api/auth/password-reset/confirm')
      .send({ token, newPassword: 'nieuw wachtwoord twee' })
      .expect(404);
    expect(again.body.type).toBe('/problems/account-link-invalid');

    // A second request within minutes mails nothing new; once the interval passed, a new link comes.
    await t.dataSource.query(`UPDATE account_links SET created_at = now() - interval '1 hour' WHERE user_id = $1`, [
      member.userId,
    ]);
    await t.http.post('/api/auth/password-reset').send({ email: member.email }).expect(202);
    await scene.deliverAll();
    const late = tokenInMail(member.email, 'wachtwoord-herstellen');
    await t.dataSource.query(`UPDATE account_links SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [
      member.userId,
    ]);
    await t.http.post('/api/auth/password-reset/confirm').send({ token: late, newPassword: 'nieuw wachtwoord drie' }).expect(404);
    await t.http.post('/api/auth/login').send({ email: member.email, password: 'nieuw wachtwoord een' }).expect(200);
  });

  it('een collega-uitnodiging maakt één account bij dezelfde organisatie; een bestaand adres wordt geweigerd', async () => {
    const { t } = scene;
    const member = await registerMember(t);
    const other = await registerMember(t);
    const taken = await t.http.post('/api/colleagues').set(bearer(member)).send({ email: other.email }).expect(409);
    expect(taken.body.errors).toEqual([{ field: 'email', message: 'heeft al een account' }]);

    const email = `collega-${Date.now()}@wzc.example`;
    await t.http.post('/api/colleagues').set(bearer(member)).send({ email }).expect(201);
    await scene.deliverAll();
    const token = tokenInMail(email, 'collega-worden');
    const joined = await t.http
      .post('/api/colleagues/accept')
      .send({ token, fullName: 'Jan Collega', password: 'een goed wachtwoord' })
      .expect(201);
    expect(joined.body.user.organisation.id).toBe(member.organisationId);
    await t.http
      .post('/api/colleagues/accept')
      .send({ token, fullName: 'Jan Collega', password: 'een goed wachtwoord' })
      .expect(404);
  });
});
