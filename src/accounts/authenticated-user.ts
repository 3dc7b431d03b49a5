import type { OrganisationKind } from '../organisations/organisation-kinds.js';
import type { Role } from './role.js';

/** Who is making the request, as the access guard resolved it from the bearer token. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  fullName: string;
  role: Role;
  organisationId: string;
  organisationKind: OrganisationKind;
}
