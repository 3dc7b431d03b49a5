import { formatEnterpriseNumber } from '../../organisations/enterprise-number.js';

/** 2026-01-15 → 15/01/2026, the way Belgian documents write dates. */
export function formatBelgianDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/** BE68539007547034 → BE68 5390 0754 7034: groups of four, as printed on bank cards. */
export function formatIban(iban: string): string {
  return iban
    .replace(/\s/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
}

/** BE0203201340 → BE 0203.201.340; foreign numbers are left as given. */
export function formatVatNumber(vatNumber: string): string {
  const compact = vatNumber.replace(/[\s.]/g, '').toUpperCase();
  return /^BE\d{10}$/.test(compact) ? `BE ${formatEnterpriseNumber(compact.slice(2))}` : vatNumber;
}

export function formatPercent(vatRatePercent: number): string {
  return `${vatRatePercent} %`;
}
