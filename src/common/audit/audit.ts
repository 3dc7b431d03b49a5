import type { EntityManager } from 'typeorm';

export interface AuditRecord {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/** Writes an audit entry inside the caller's transaction, so a change and its trace commit together. */
export async function recordAudit(manager: EntityManager, record: AuditRecord): Promise<void> {
  await manager.query(
    `INSERT INTO audit_entries (actor_user_id, action, subject_type, subject_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      record.actorUserId,
      record.action,
      record.subjectType,
      record.subjectId,
      JSON.stringify(record.before ?? null),
      JSON.stringify(record.after ?? null),
    ],
  );
}
