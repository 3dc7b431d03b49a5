import { Injectable } from '@nestjs/common';
import type { Page } from '../common/http/pagination.dto.js';
import { PaymentToReviewView } from './dto/payment-to-review.view.js';
import { PaymentsRepository } from './payments.repository.js';

/** Online payments that finance must look at before they count ("te controleren"); the API and the finance page read the same list. */
@Injectable()
export class PaymentReviewsService {
  constructor(private readonly payments: PaymentsRepository) {}

  async list(limit: number, offset: number): Promise<Page<PaymentToReviewView>> {
    const [items, total] = await this.payments.toReview(limit, offset);
    return { items: items.map((item) => PaymentToReviewView.of(item)), total };
  }
}
