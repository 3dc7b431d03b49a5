import type { VatExemption } from '../invoice-document.js';

/**
 * UNCL5305 VAT category of a line. Belgian rates 21, 12 and 6 % are standard-rated (S); a 0 %
 * line is exempt (E) when the document carries an exemption, and zero-rated (Z) otherwise.
 * The buyer's VAT status plays no part: a public body without VAT number is charged Belgian
 * VAT like anyone else, it only lacks a PartyTaxScheme.
 */
export type VatCategory = { id: 'S'; percent: number } | { id: 'Z'; percent: 0 } | ({ id: 'E'; percent: 0 } & VatExemption);

export function vatCategory(vatRatePercent: number, exemption: VatExemption | undefined): VatCategory {
  if (vatRatePercent > 0) return { id: 'S', percent: vatRatePercent };
  return exemption ? { id: 'E', percent: 0, ...exemption } : { id: 'Z', percent: 0 };
}

/**
 * Exemption for cultural services by public bodies and recognised non-profit cultural bodies
 * (VAT Directive art. 132(1)(n), transposed in the Belgian VAT code art. 44): the case of an
 * operator whose livestreams are exempt. Finance decides whether it applies.
 */
export const CULTURAL_SERVICES_EXEMPTION: VatExemption = {
  reasonCode: 'VATEX-EU-132-1N',
  reason: 'Vrijgesteld van btw: culturele dienst (art. 132, lid 1, n) btw-richtlijn; art. 44 WBTW)',
};
