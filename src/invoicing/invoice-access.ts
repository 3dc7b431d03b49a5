import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';

/** Finance and admin see every invoice; anyone else only those addressed to their own organisation. */
export function isFinanceStaff(user: AuthenticatedUser): boolean {
  return user.role === Role.Finance || user.role === Role.Admin;
}

export function maySeeInvoice(user: AuthenticatedUser, buyerOrganisationId: string): boolean {
  return isFinanceStaff(user) || user.organisationId === buyerOrganisationId;
}
