/**
 * Belgian enterprise number (KBO/BCE): ten digits, starting with 0 or 1, whose last two digits
 * are 97 minus the first eight modulo 97. People write it as 0123.456.749 or BE0123456749;
 * we store the ten bare digits.
 */
export function normaliseEnterpriseNumber(input: string): string {
  return input.replace(/^BE/i, '').replace(/[\s.]/g, '');
}

export function isValidEnterpriseNumber(input: string): boolean {
  const digits = normaliseEnterpriseNumber(input);
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return enterpriseCheckDigits(digits.slice(0, 8)) === Number(digits.slice(8));
}

export function enterpriseCheckDigits(firstEight: string): number {
  return 97 - (Number(firstEight) % 97);
}

/** 0123456749 → 0123.456.749, the way the KBO shows it. */
export function formatEnterpriseNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}
