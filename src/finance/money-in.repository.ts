import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { EventScope } from './finance.repository.js';
import type { MoneyDocument } from './money-in.js';

type Row = Record<string, unknown>;

/** The money documents of the events in a scope, as plain facts for the money-in maths. */
@Injectable()
export class MoneyInRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Invoices with their credit note and registered transfers, and charged online payments. An
   * online payment that also got an invoice to the same buyer for the same sign-on is that
   * invoice's payment, and counts once, through the invoice.
   */
  async documentsByEvent(scope: EventScope): Promise<Map<string, MoneyDocument[]>> {
    const rows: Row[] = await this.dataSource.query(
      `WITH scoped AS (
         SELECT s.id, s.event_id, s.organisation_id FROM subscriptions s JOIN events e ON e.id = s.event_id WHERE ${scope.where}
       )
       SELECT sc.event_id, 'invoice' AS kind, i.net_cents, i.gross_cents, i.paid_cents,
              c.id IS NOT NULL AS credited, to_char(i.due_date, 'YYYY-MM-DD') AS due_date, NULL AS status,
              CASE WHEN op.status = 'refunded' THEN op.gross_cents ELSE 0 END AS refunded_cents
         FROM invoices i JOIN scoped sc ON sc.id = i.subscription_id LEFT JOIN credit_notes c ON c.invoice_id = i.id
              LEFT JOIN payments op ON op.id = i.online_payment_id
       UNION ALL
       SELECT sc.event_id, 'online', p.net_cents, p.gross_cents, 0, false, NULL, p.status::text, 0
         FROM payments p JOIN scoped sc ON sc.id = p.subscription_id
        WHERE p.status IN ('paid', 'refund_pending', 'refunded')
          AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.subscription_id = sc.id AND i.buyer_organisation_id = sc.organisation_id)`,
      scope.parameters,
    );
    const byEvent = new Map<string, MoneyDocument[]>();
    for (const row of rows) {
      const documents = byEvent.get(row.event_id as string) ?? [];
      documents.push(
        row.kind === 'invoice'
          ? {
              kind: 'invoice',
              netCents: row.net_cents as number,
              grossCents: row.gross_cents as number,
              paidGrossCents: row.paid_cents as number,
              refundedGrossCents: row.refunded_cents as number,
              credited: row.credited as boolean,
              dueDate: row.due_date as string,
            }
          : {
              kind: 'online',
              netCents: row.net_cents as number,
              grossCents: row.gross_cents as number,
              status: row.status as 'paid' | 'refund_pending' | 'refunded',
            },
      );
      byEvent.set(row.event_id as string, documents);
    }
    return byEvent;
  }

  /** The events of a scope, in date order, with what the views show of them. */
  async events(scope: EventScope): Promise<{ id: string; title: string; startsAt: Date; status: string }[]> {
    return this.dataSource.query(
      `SELECT e.id, e.title, e.starts_at AS "startsAt", e.status FROM events e WHERE ${scope.where} ORDER BY e.starts_at, e.id`,
      scope.parameters,
    );
  }
}
