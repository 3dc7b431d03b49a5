import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config.js';
import { PaymentHoldsService } from './payment-holds.service.js';
import { RefundsService } from './refunds.service.js';

/**
 * Runs hold expiry, the closing of cancelled pages and refunds on a timer, like the outbox relay. Every step is safe to run on
 * several replicas at once: decisions are taken under row locks and Stripe calls carry idempotency keys.
 */
@Injectable()
export class PaymentsWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Betalingen');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly config: AppConfig,
    private readonly holds: PaymentHoldsService,
    private readonly refunds: RefundsService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.PAYMENT_WORKER_POLL_MS > 0) {
      this.timer = setInterval(() => void this.runOnce(), this.config.PAYMENT_WORKER_POLL_MS);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private runOnce(): Promise<void> {
    this.running ??= (async () => {
      await this.holds.expireOverdueHolds();
      // Before refunds: a page closed too late hands its payment to the refunds in the same run.
      await this.holds.closeCancelledCheckouts();
      await this.refunds.processPendingRefunds();
    })()
      .catch((error: unknown) => this.logger.error(error))
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
