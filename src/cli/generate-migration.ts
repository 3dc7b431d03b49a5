import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureSchemaDrift } from './schema-drift.js';

/** Writes migrations/<timestamp>-<name>.ts with what the entities still need; review it, then list it in migrations/index.ts. */
async function generate(name: string): Promise<void> {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error('Geef een naam in kebab-case, bv. npm run migration:generate -- sign-ons');
  const drift = await measureSchemaDrift();
  if (drift.up.length === 0) {
    process.stdout.write('Niets te doen: migraties en entiteiten komen overeen.\n');
    return;
  }
  const timestamp = Date.now();
  const className = `${name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}${timestamp}`;
  const lines = (queries: string[]) =>
    queries.map((query) => `    await queryRunner.query(${JSON.stringify(query)});`).join('\n');
  const file = resolve(process.cwd(), 'migrations', `${timestamp}-${name}.ts`);
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(drift.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(drift.down)}
  }
}
`,
  );
  process.stdout.write(`Geschreven: ${file}\nVoeg ${className} toe aan migrations/index.ts.\n`);
}

generate(process.argv[2] ?? '').catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
