// `npm start` runs this first (prestart): it rebuilds dist only when a source file is newer than
// the last build it made, so a second start skips the 1–2 s swc build. Plain CommonJS, because it
// must run before anything is compiled.
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, utimesSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const STAMP = join('dist', '.build-stamp');
const SOURCES = ['src', 'migrations', 'bench', 'nest-cli.json', '.swcrc', 'package.json', 'package-lock.json', 'tsconfig.json'];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stats.mtimeMs);
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
if (SOURCES.some((source) => newestChange(source) > built)) {
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(STAMP, `${new Date(started).toISOString()}\n`);
  // Stamped with the build's start, so a file saved during the build counts as newer next time.
  utimesSync(STAMP, new Date(started), new Date(started));
}
