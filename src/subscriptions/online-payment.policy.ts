import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../common/config/app-config.js';
import { chargeableOnline } from '../payments/stripe/checkout-rules.js';

/**
 * Who holds a place as pending_payment instead of being confirmed at once: a satellite that chose
 * online payment and has a share of its own that Stripe can charge, and only while Stripe is
 * configured. Everyone else is confirmed and invoiced: without a Stripe key nobody waits for a
 * payment that cannot come, and a share under Stripe's minimum charge goes by invoice.
 */
@Injectable()
export class OnlinePaymentPolicy {
  constructor(private readonly config: AppConfig) {}

  async paysOnline(
    manager: EntityManager,
    organisationId: string,
    share: { satelliteShareCents: number; vatRatePercent: number },
  ): Promise<boolean> {
    if (!this.config.STRIPE_SECRET_KEY || !chargeableOnline(share.satelliteShareCents, share.vatRatePercent)) return false;
    const rows = await manager.query<{ payment_method: string }[]>('SELECT payment_method FROM organisations WHERE id = $1', [
      organisationId,
    ]);
    return rows[0]?.payment_method === 'online';
  }

  /** Of the given sign-ons, those that pay their own share online. */
  async payingOnline(manager: EntityManager, subscriptionIds: readonly string[]): Promise<Set<string>> {
    if (!this.config.STRIPE_SECRET_KEY || subscriptionIds.length === 0) return new Set();
    const rows = await manager.query<{ id: string; satellite_share_cents: number; vat_rate_percent: number }[]>(
      `SELECT s.id, s.satellite_share_cents, s.vat_rate_percent FROM subscriptions s JOIN organisations o ON o.id = s.organisation_id
        WHERE s.id = ANY($1::uuid[]) AND o.payment_method = 'online'`,
      [subscriptionIds],
    );
    return new Set(rows.filter((row) => chargeableOnline(row.satellite_share_cents, row.vat_rate_percent)).map((row) => row.id));
  }
}
