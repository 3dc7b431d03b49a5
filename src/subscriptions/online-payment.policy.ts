import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';

/**
 * Who holds a place as pending_payment instead of being confirmed at once: a satellite that has
 * a share of its own to pay and chose online payment, and only while Stripe is configured.
 * Without a Stripe key everyone pays by invoice, so nobody waits for a payment that cannot come.
 */
@Injectable()
export class OnlinePaymentPolicy {
  constructor(private readonly config: AppConfig) {}

  async paysOnline(manager: EntityManager, organisationId: string, satelliteShareCents: number): Promise<boolean> {
    if (!this.config.STRIPE_SECRET_KEY || satelliteShareCents <= 0) return false;
    const rows = await manager.query<{ payment_method: string }[]>('SELECT payment_method FROM organisations WHERE id = $1', [
      organisationId,
    ]);
    return rows[0]?.payment_method === 'online';
  }

  /** Of the given sign-ons, those that pay their own share online. */
  async payingOnline(manager: EntityManager, subscriptionIds: readonly string[]): Promise<Set<string>> {
    if (!this.config.STRIPE_SECRET_KEY || subscriptionIds.length === 0) return new Set();
    const rows = await manager.query<{ id: string }[]>(
      `SELECT s.id FROM subscriptions s JOIN organisations o ON o.id = s.organisation_id
        WHERE s.id = ANY($1::uuid[]) AND s.satellite_share_cents > 0 AND o.payment_method = 'online'`,
      [subscriptionIds],
    );
    return new Set(rows.map((row) => row.id));
  }
}
