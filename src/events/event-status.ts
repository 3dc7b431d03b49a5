export enum EventStatus {
  Draft = 'draft',
  Published = 'published',
  Cancelled = 'cancelled',
  Streamed = 'streamed',
}

/** Statuses anyone may read; drafts are for admins only. */
export const PUBLIC_EVENT_STATUSES = [EventStatus.Published, EventStatus.Cancelled, EventStatus.Streamed] as const;
