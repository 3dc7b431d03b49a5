import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { resolve } from 'node:path';

const REPORT = resolve('docs', 'benchmarks.md');

export function machine(postgresVersion: string): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}, Node ${process.version}, embedded PostgreSQL ${postgresVersion} at its defaults`;
}

/** The 1, 5 and 15 minute load averages: a shared machine says how busy it was while we measured. */
export function loadAverages(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
}

export function markdownTable(header: string[], rows: string[][]): string {
  const align = header.map((_, index) => (index === 0 ? '---' : '---:'));
  return [header, align, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/**
 * Replaces one benchmark's section of docs/benchmarks.md (between its markers), so each benchmark
 * can be rerun alone and the hand-written text around the tables stays.
 */
export function writeSection(id: string, markdown: string): void {
  const start = `<!-- bench:${id}:start -->`;
  const end = `<!-- bench:${id}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '# Benchmarks\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(REPORT, next);
  process.stdout.write(`\n${markdown.trim()}\n\n(docs/benchmarks.md, section ${id})\n`);
}
