import { createFirstAdmin, FirstAdminError } from '../src/accounts/first-admin.js';
import { validEnterpriseNumber } from './support/factories.js';
import { startAppOn } from './support/test-app.js';
import { createTestDatabase } from './support/test-database.js';

describe('npm run admin:create: de eerste admin van een echte installatie', () => {
  it('vraagt de operator-gegevens zolang er geen operator is, maakt dan operator en admin, en die admin meldt aan', async () => {
    const databaseUrl = await createTestDatabase();
    const input = { email: 'beheer@satelliet.example', fullName: 'Eerste Admin', password: 'een sterk wachtwoord' };
    await expect(createFirstAdmin(databaseUrl, input)).rejects.toThrow(
      new FirstAdminError(
        'Er is nog geen operator-organisatie. Geef ook: --operator-name, --operator-enterprise-number, --operator-street, --operator-postcode, --operator-municipality, --operator-province, --operator-email, --operator-phone.',
      ),
    );
    const operator = {
      name: 'Satelliet vzw',
      enterpriseNumber: validEnterpriseNumber(),
      street: 'Bondgenotenlaan 1',
      postcode: '3000',
      municipality: 'Leuven',
      province: 'vlaams-brabant',
      email: 'info@satelliet.example',
      phone: '016 00 00 01',
    };
    expect(await createFirstAdmin(databaseUrl, { ...input, operator })).toEqual({ operatorCreated: true });
    await expect(createFirstAdmin(databaseUrl, input)).rejects.toThrow(/bestaat al een account/);
    expect(await createFirstAdmin(databaseUrl, { ...input, email: 'tweede@satelliet.example' })).toEqual({
      operatorCreated: false,
    });

    const t = await startAppOn(databaseUrl);
    try {
      const login = await t.http.post('/api/auth/login').send({ email: input.email, password: input.password }).expect(200);
      expect(login.body.user).toMatchObject({ role: 'admin', organisation: { kind: 'operator', name: 'Satelliet vzw' } });
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM organisations WHERE kind = 'operator'`);
      expect(n).toBe(1);
    } finally {
      await t.close();
    }
  });
});
