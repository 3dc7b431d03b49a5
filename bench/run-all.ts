/**
 * `npm run bench`: every benchmark in turn, each with its own embedded PostgreSQL and app process,
 * each writing its section of docs/benchmarks.md. Start time goes last, with the app's memory after
 * each load.
 */
import { benchCalendarFeed } from './calendar-feed.js';
import { benchFinanceYearView } from './finance-year-view.js';
import { loadAverages } from './harness/report.js';
import { benchProgramme } from './programme.js';
import { benchSignOnBurst } from './sign-on-burst.js';
import { benchStart } from './start.js';

async function main(): Promise<void> {
  process.stdout.write(`Load average before the run: ${loadAverages()}\n`);
  const rss: Record<string, number> = {};
  rss['the programme loads'] = (await benchProgramme()).rssMiB;
  rss['the sign-on bursts'] = (await benchSignOnBurst()).rssMiB;
  rss['the feed rebuilds'] = (await benchCalendarFeed()).rssMiB;
  await benchFinanceYearView();
  await benchStart(rss);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
