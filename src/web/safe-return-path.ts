const THIS_SITE = 'http://satelliet.invalid';

/**
 * A place to return to after signing in, only when it stays on this site. Browsers drop tabs and
 * newlines from URLs and read `\` as `/`, so `/\t/evil.example` and `/\evil.example` would become
 * `//evil.example`, another site; anything with such characters is refused outright, and what
 * remains must resolve to this origin. Without a safe path the answer is '', and the caller sends
 * each role to its own start page.
 */
export function safeReturnPath(value: unknown, fallback = ''): string {
  if (typeof value !== 'string' || !value.startsWith('/') || /[\\\s\p{Cc}]/u.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, THIS_SITE);
  } catch {
    return fallback;
  }
  return url.origin === THIS_SITE ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
