import { safeReturnPath } from './safe-return-path.js';

describe('terugkeeradres na aanmelden', () => {
  it.each(['/mijn/intekeningen', '/programma/12?maand=2026-10', '/financien?jaar=2026#grafiek', '/%2F/x'])(
    'neemt het pad op deze site %s',
    (path) => {
      expect(safeReturnPath(path)).toBe(path);
    },
  );

  it.each([
    ['tab', '/\t/evil.example'],
    ['newline', '/\n/evil.example'],
    ['protocol-relative', '//evil.example'],
    ['backslash', '/\\evil.example'],
    ['two backslashes', '/\\\\evil.example'],
    ['absolute', 'https://evil.example'],
    ['scheme', 'javascript:alert(1)'],
    ['encoded slashes', '%2F%2Fevil.example'],
    ['encoded tab', '%2F%09%2Fevil.example'],
    ['decoded once more', decodeURIComponent('%2F%2Fevil.example')],
    ['space', '/ /evil.example'],
    ['not text', 42],
    ['empty', ''],
  ])('weigert %s en laat de startpagina van de rol kiezen', (_name, value) => {
    expect(safeReturnPath(value)).toBe('');
  });
});
