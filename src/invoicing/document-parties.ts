import type { DocumentParty } from './invoice-document.js';

/** The organisation columns a document shows. */
export interface OrganisationRow {
  name: string;
  enterprise_number: string;
  vat_number: string | null;
  street: string;
  postcode: string;
  municipality: string;
}

export const ORGANISATION_PARTY_COLUMNS = 'name, enterprise_number, vat_number, street, postcode, municipality';

/** Organisations are Belgian: the register only takes Belgian enterprise numbers and four-digit postcodes. */
export function organisationParty(row: OrganisationRow, vatNumber: string | null = row.vat_number): DocumentParty {
  return {
    name: row.name,
    enterpriseNumber: row.enterprise_number.trim(),
    vatNumber,
    address: { street: row.street, postalCode: row.postcode.trim(), city: row.municipality, countryCode: 'BE' },
  };
}
