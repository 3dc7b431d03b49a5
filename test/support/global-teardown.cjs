const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const database = globalThis.satellietTestDatabase;
  if (!database) return;
  await database.stop();
  rmSync(database.folder, { recursive: true, force: true });
};
