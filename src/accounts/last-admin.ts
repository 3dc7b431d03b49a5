import { Role } from './role.js';

/**
 * The operator must always keep one active admin: without one nobody can manage users, seasons
 * or the operator's details any more, and only a database operation would bring one back.
 */
export function removesLastActiveAdmin(
  activeAdminIds: readonly string[],
  userId: string,
  changes: { role?: Role; active?: boolean },
): boolean {
  const losesAdmin = (changes.role !== undefined && changes.role !== Role.Admin) || changes.active === false;
  return losesAdmin && activeAdminIds.includes(userId) && activeAdminIds.length <= 1;
}
