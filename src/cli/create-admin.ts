import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createFirstAdmin, FirstAdminError } from '../accounts/first-admin.js';
import { ConfigError, loadAppConfig } from '../common/config/app-config.js';
import { openDatabase } from '../common/database/open-database.js';
import { runMigrations } from '../common/database/run-migrations.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** `npm run admin:create -- --email … --name …`: the first admin (and operator) of a real deployment. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      'operator-name': { type: 'string' },
      'operator-enterprise-number': { type: 'string' },
      'operator-street': { type: 'string' },
      'operator-postcode': { type: 'string' },
      'operator-municipality': { type: 'string' },
      'operator-province': { type: 'string' },
      'operator-email': { type: 'string' },
      'operator-phone': { type: 'string' },
    },
  });
  if (!values.email || !values.name)
    throw new FirstAdminError('Gebruik: npm run admin:create -- --email <adres> --name "<naam>"');
  const chosen = process.env.ADMIN_PASSWORD;
  const password = chosen ?? randomBytes(12).toString('base64url');
  const database = await openDatabase(loadAppConfig(), say);
  try {
    await runMigrations(database.url);
    const { operatorCreated } = await createFirstAdmin(database.url, {
      email: values.email,
      fullName: values.name,
      password,
      operator: {
        name: values['operator-name'],
        enterpriseNumber: values['operator-enterprise-number'],
        street: values['operator-street'],
        postcode: values['operator-postcode'],
        municipality: values['operator-municipality'],
        province: values['operator-province'],
        email: values['operator-email'],
        phone: values['operator-phone'],
      },
    });
    if (operatorCreated) say(`Operator-organisatie ${values['operator-name']} aangemaakt.`);
    say(`Admin ${values.email} aangemaakt.`);
    if (!chosen) say(`Tijdelijk wachtwoord: ${password}  (wijzig het na het aanmelden op /mijn/wachtwoord)`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof FirstAdminError || error instanceof ConfigError;
  process.stderr.write(`${known ? error.message : String(error)}\n`);
  process.exit(1);
});
