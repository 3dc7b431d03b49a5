/**
 * `npm run bench`: every benchmark in turn, each with its own embedded PostgreSQL and app process,
 * each writing its section of docs/benchmarks.md. Start time goes last, with the app's memory after
 * each load. `npm run bench -- calendar-feed start` runs only the benchmarks named.
 */
import { benchCalendarFeed } from './calendar-feed.js';
import { benchFinanceYearView } from './finance-year-view.js';
import { loadAverages } from './harness/report.js';
import { benchProgramme } from './programme.js';
import { benchSignOnBurst } from './sign-on-burst.js';
import { benchStart } from './start.js';

async function main(chosen: string[]): Promise<void> {
  const runs = (name: string) => chosen.length === 0 || chosen.includes(name);
  process.stdout.write(`Load average before the run: ${loadAverages()}\n`);
  const rss: Record<string, number> = {};
  if (runs('programme')) rss['the programme loads'] = (await benchProgramme()).rssMiB;
  if (runs('sign-on-burst')) rss['the sign-on bursts'] = (await benchSignOnBurst()).rssMiB;
  if (runs('calendar-feed')) rss['the feed rebuilds'] = (await benchCalendarFeed()).rssMiB;
  if (runs('finance')) await benchFinanceYearView();
  if (runs('start')) await benchStart(rss);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
