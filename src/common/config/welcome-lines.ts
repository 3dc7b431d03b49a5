import { apiDocsArePublic, type AppConfig } from './app-config.js';

/** What `npm start` prints once the app listens: where people start, and the demo logins. */
export function welcomeLines(
  config: Pick<AppConfig, 'PUBLIC_BASE_URL' | 'NODE_ENV' | 'API_DOCS_PUBLIC'>,
  demoUsers: readonly { role: string; email: string }[],
  demoPassword: string,
): string[] {
  const base = config.PUBLIC_BASE_URL.replace(/\/$/, '');
  const lines = [
    `Satelliet draait op ${base}`,
    `  Programma:        ${base}/programma`,
    `  API:              ${base}/api/events`,
  ];
  if (apiDocsArePublic(config)) lines.push(`  API-documentatie: ${base}/api/docs`);
  if (demoUsers.length > 0) {
    lines.push(`  Demo-aanmeldingen (wachtwoord "${demoPassword}"):`);
    for (const user of demoUsers) lines.push(`    ${user.role.padEnd(8)} ${user.email}`);
  }
  lines.push('Stoppen: Ctrl+C');
  return lines;
}
