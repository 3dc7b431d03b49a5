import { measureSchemaDrift } from './schema-drift.js';

/** CI: fails when the entities ask for schema changes that no committed migration makes. */
measureSchemaDrift()
  .then((drift) => {
    if (drift.up.length === 0) {
      process.stdout.write('Migraties en entiteiten komen overeen.\n');
      return;
    }
    process.stderr.write(
      `Entiteiten en migraties lopen uiteen. Ontbrekende wijzigingen:\n${drift.up.map((q) => `  ${q};`).join('\n')}\n`,
    );
    process.stderr.write('Maak een migratie met: npm run migration:generate -- <naam>\n');
    process.exit(1);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
