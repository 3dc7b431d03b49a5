import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.js';
import { CheckoutController } from './checkout.controller.js';
import { CheckoutService } from './checkout.service.js';
import { Payment } from './entities/payment.entity.js';
import { StripeWebhookEvent } from './entities/stripe-webhook-event.entity.js';
import { PaymentHoldsService } from './payment-holds.service.js';
import { PaymentReviewsController } from './payment-reviews.controller.js';
import { PaymentReviewsService } from './payment-reviews.service.js';
import { PaymentOutcomesService } from './payment-outcomes.service.js';
import { PaymentsRepository } from './payments.repository.js';
import { PaymentsWorker } from './payments-worker.js';
import { RefundsService } from './refunds.service.js';
import { StripeModule } from './stripe/stripe-gateway.provider.js';
import { StripeWebhookController } from './stripe-webhook.controller.js';
import { StripeWebhookService } from './stripe-webhook.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Payment, StripeWebhookEvent]), StripeModule, SubscriptionsModule],
  controllers: [CheckoutController, StripeWebhookController, PaymentReviewsController],
  providers: [
    PaymentsRepository,
    PaymentOutcomesService,
    CheckoutService,
    StripeWebhookService,
    PaymentHoldsService,
    RefundsService,
    PaymentsWorker,
    PaymentReviewsService,
  ],
  exports: [PaymentHoldsService, RefundsService, CheckoutService, PaymentReviewsService],
})
export class PaymentsModule {}
