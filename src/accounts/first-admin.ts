import * as argon2 from 'argon2';
import { Client } from 'pg';
import { isValidEnterpriseNumber, normaliseEnterpriseNumber } from '../organisations/enterprise-number.js';
import { Province } from '../organisations/organisation-kinds.js';

export interface OperatorInput {
  name: string;
  enterpriseNumber: string;
  street: string;
  postcode: string;
  municipality: string;
  province: string;
  email: string;
  phone: string;
}

export interface FirstAdminInput {
  email: string;
  fullName: string;
  password: string;
  /** Needed only while the database has no operator organisation yet. */
  operator?: Partial<OperatorInput>;
}

export class FirstAdminError extends Error {}

const OPERATOR_FIELDS: (keyof OperatorInput)[] = [
  'name',
  'enterpriseNumber',
  'street',
  'postcode',
  'municipality',
  'province',
  'email',
  'phone',
];

/**
 * Creates an admin of the operator, and the operator organisation itself the first time: the
 * way a real deployment gets its first account without the demo data.
 */
export async function createFirstAdmin(databaseUrl: string, input: FirstAdminInput): Promise<{ operatorCreated: boolean }> {
  if (input.password.length < 10) throw new FirstAdminError('ADMIN_PASSWORD moet minstens 10 tekens lang zijn.');
  if (!/^[^@\s]+@[^@\s]+$/.test(input.email)) throw new FirstAdminError('--email moet een e-mailadres zijn.');
  const passwordHash = await argon2.hash(input.password);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const existing = await client.query<{ id: string }>(
      `SELECT id FROM organisations WHERE kind = 'operator' ORDER BY created_at LIMIT 1 FOR UPDATE`,
    );
    let operatorId = existing.rows[0]?.id;
    if (!operatorId) operatorId = await insertOperator(client, checkedOperator(input.operator ?? {}));
    const inserted = await client.query(
      `INSERT INTO users (organisation_id, email, full_name, password_hash, role) VALUES ($1, $2, $3, $4, 'admin')
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [operatorId, input.email.toLowerCase(), input.fullName, passwordHash],
    );
    if (inserted.rowCount === 0) throw new FirstAdminError(`Er bestaat al een account met ${input.email}.`);
    await client.query('COMMIT');
    return { operatorCreated: existing.rows.length === 0 };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    await client.end();
  }
}

function checkedOperator(operator: Partial<OperatorInput>): OperatorInput {
  const missing = OPERATOR_FIELDS.filter((field) => !operator[field]?.trim());
  if (missing.length > 0) {
    throw new FirstAdminError(
      `Er is nog geen operator-organisatie. Geef ook: ${missing.map((field) => `--operator-${kebab(field)}`).join(', ')}.`,
    );
  }
  const complete = operator as OperatorInput;
  if (!isValidEnterpriseNumber(complete.enterpriseNumber)) {
    throw new FirstAdminError('--operator-enterprise-number is geen geldig ondernemingsnummer (10 cijfers, bv. 0799.000.183).');
  }
  if (!/^\d{4}$/.test(complete.postcode)) throw new FirstAdminError('--operator-postcode moet 4 cijfers zijn.');
  if (!(Object.values(Province) as string[]).includes(complete.province)) {
    throw new FirstAdminError(`--operator-province moet een van ${Object.values(Province).join(', ')} zijn.`);
  }
  return complete;
}

async function insertOperator(client: Client, operator: OperatorInput): Promise<string> {
  const row = await client.query<{ id: string }>(
    `INSERT INTO organisations (kind, name, enterprise_number, street, postcode, municipality, province, email, phone)
     VALUES ('operator', $1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      operator.name,
      normaliseEnterpriseNumber(operator.enterpriseNumber),
      operator.street,
      operator.postcode,
      operator.municipality,
      operator.province,
      operator.email,
      operator.phone,
    ],
  );
  return row.rows[0].id;
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
