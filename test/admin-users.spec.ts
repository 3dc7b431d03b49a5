import { Role } from '../src/accounts/role.js';
import { UsersService } from '../src/accounts/users.service.js';
import { bearer, createStaff, registerMember, type Member } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { waitUntil } from './support/wait-until.js';
import { postForm, visitForm } from './support/web-form.js';

describe('gebruikers en rollen beheren', () => {
  let t: TestApp;
  let admin: Member;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await createStaff(t, 'admin');
  });
  afterAll(() => t.close());

  const cookie = (who: Member) => [`satelliet_sessie=${who.token}`];
  const me = (who: Member) => t.http.get('/api/me').set(bearer(who));
  /** Every admin but the given ones is deactivated: a known number of active admins for one scenario. */
  const onlyActiveAdmins = (...keep: Member[]) =>
    t.dataSource.query(`UPDATE users SET active = false WHERE role = 'admin' AND NOT (id = ANY($1))`, [
      keep.map((a) => a.userId),
    ]);

  it('toont elke gebruiker met naam, e-mail, organisatie, rol en actief, enkel aan een admin', async () => {
    const member = await registerMember(t, 'care_centre');
    const finance = await createStaff(t, 'finance');
    const page = await t.http.get('/beheer/gebruikers').set('Cookie', cookie(admin)).expect(200);
    const [organisation] = await t.dataSource.query('SELECT name FROM organisations WHERE id = $1', [member.organisationId]);
    for (const text of [
      member.email,
      organisation.name,
      'Lid van de organisatie',
      finance.email,
      'Financiën (finance)',
      'Deactiveren',
    ]) {
      expect(page.text).toContain(text);
    }
    await t.http.get('/beheer/gebruikers').set('Cookie', cookie(member)).expect(403);
    await t.http.get('/beheer/gebruikers').set('Cookie', cookie(finance)).expect(403);
  });

  it('maakt van een finance-medewerker een admin met het formulier op de pagina', async () => {
    const finance = await createStaff(t, 'finance');
    await t.http.get('/api/users').set(bearer(finance)).expect(403);
    const form = await visitForm(t, '/beheer/gebruikers', cookie(admin));
    const response = await postForm(t, form, `/beheer/gebruikers/${finance.userId}/rol`, { role: 'admin', pagina: '1' });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/beheer/gebruikers?pagina=1&bericht=rol');
    await t.http.get('/api/users').set(bearer(finance)).expect(200);
  });

  it('deactiveren op de pagina meldt de gebruiker overal af; heractiveren maakt zijn oude token niet weer geldig', async () => {
    const member = await registerMember(t);
    await me(member).expect(200);
    const form = await visitForm(t, '/beheer/gebruikers', cookie(admin));
    expect((await postForm(t, form, `/beheer/gebruikers/${member.userId}/actief`, { active: 'false' })).status).toBe(303);
    expect((await me(member).expect(401)).body.type).toBe('/problems/token-invalid');
    const [row] = await t.dataSource.query('SELECT active FROM users WHERE id = $1', [member.userId]);
    expect(row.active).toBe(false);
    expect((await postForm(t, form, `/beheer/gebruikers/${member.userId}/actief`, { active: 'true' })).status).toBe(303);
    await me(member).expect(401);
  });

  it('de laatste actieve admin kan zichzelf niet degraderen of deactiveren (409), met een tweede admin wel', async () => {
    const last = await createStaff(t, 'admin');
    await onlyActiveAdmins(last);
    const demoted = await t.http.patch(`/api/users/${last.userId}`).set(bearer(last)).send({ role: 'finance' }).expect(409);
    expect(demoted.body).toMatchObject({ type: '/problems/last-admin', title: 'Laatste beheerder' });
    expect(demoted.body.detail).toContain('laatste actieve beheerder');
    const form = await visitForm(t, '/beheer/gebruikers', cookie(last));
    const page = await postForm(t, form, `/beheer/gebruikers/${last.userId}/actief`, { active: 'false' });
    expect(page.status).toBe(409);
    expect(page.text).toContain('Dit is de laatste actieve beheerder');
    await me(last).expect(200);

    const second = await createStaff(t, 'admin');
    await t.http.patch(`/api/users/${last.userId}`).set(bearer(second)).send({ role: 'finance' }).expect(200);
  });

  it('twee admins die tegelijk gedegradeerd en gedeactiveerd worden: één lukt, de ander krijgt 409, er blijft één admin', async () => {
    const [first, second] = [await createStaff(t, 'admin'), await createStaff(t, 'admin')];
    await onlyActiveAdmins(first, second);
    const users = t.app.get(UsersService);
    const waitingOnLocks = async () =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      )[0].n as number;
    // Another transaction holds the second admin's row, so the first change is held up after it has
    // read who is admin, and the second change runs meanwhile: the two decisions overlap for sure.
    const blocker = t.dataSource.createQueryRunner();
    await blocker.startTransaction();
    await blocker.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [second.userId]);
    const deactivating = users.update(second.userId, { active: false });
    await waitUntil(async () => (await waitingOnLocks()) === 1, 10_000);
    let demotingSettled = false;
    const demoting = users.update(first.userId, { role: Role.Finance }).finally(() => (demotingSettled = true));
    await waitUntil(async () => demotingSettled || (await waitingOnLocks()) === 2, 10_000);
    await blocker.commitTransaction();
    await blocker.release();

    const outcomes = await Promise.allSettled([deactivating, demoting]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((outcome) => outcome.status === 'rejected');
    expect((refused as PromiseRejectedResult).reason).toMatchObject({ kind: { type: '/problems/last-admin', status: 409 } });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active`);
    expect(n).toBe(1);
  });
});
