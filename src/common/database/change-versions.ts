import type { EntityManager } from 'typeorm';

/** The programme: events, launch centres and seasons. */
export const PROGRAMME_SCOPE = 'programme';

/** One organisation's own sign-ons: the prefix and its organisation id (the sign_ons_changed trigger writes the same). */
export const SIGN_ONS_SCOPE_PREFIX = 'sign-ons:';

/**
 * The commit-time counter of `scope` (see the change-versions migration). Read it before the data
 * it stands for: a change committing in between then costs one extra full answer, never a stale 304.
 */
export async function readChangeVersion(manager: EntityManager, scope: string): Promise<string> {
  const rows = await manager.query<{ version: string }[]>('SELECT version FROM change_versions WHERE scope = $1', [scope]);
  return rows[0]?.version ?? '0';
}
