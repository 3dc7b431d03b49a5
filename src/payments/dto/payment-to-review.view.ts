import { ApiProperty } from '@nestjs/swagger';
import type { PaymentToReview } from '../payments.repository.js';

/** An online payment that Stripe charged differently from what was due ("te controleren"). */
export class PaymentToReviewView {
  @ApiProperty({ format: 'uuid', description: 'Id van de betaling.' }) paymentId: string;
  @ApiProperty({ format: 'uuid', description: 'Id van de intekening; die blijft op betaling wachten tot financiën beslist.' })
  subscriptionId: string;
  @ApiProperty({ description: 'Status van de intekening (meestal pending_payment).' }) signOnStatus: string;
  @ApiProperty({ format: 'uuid', description: 'Id van de voorstelling.' }) eventId: string;
  @ApiProperty({ description: 'Titel van de voorstelling.' }) eventTitle: string;
  @ApiProperty({ format: 'uuid', description: 'Id van de satelliet die betaalde.' }) organisationId: string;
  @ApiProperty({ description: 'Naam van de satelliet.' }) organisationName: string;
  @ApiProperty({ description: 'Verschuldigd, in eurocent incl. btw.', example: 10070 }) dueCents: number;
  @ApiProperty({ nullable: true, description: 'Wat Stripe aanrekende, in de kleinste eenheid van de munt.', example: 9000 })
  chargedCents: number | null;
  @ApiProperty({ nullable: true, description: 'Munt die Stripe aanrekende (ISO 4217, kleine letters).', example: 'eur' })
  chargedCurrency: string | null;
  @ApiProperty({ description: 'Wanneer Stripe de betaling meldde (ISO 8601).' }) chargedAt: string;
  @ApiProperty({ nullable: true, description: 'Payment intent bij Stripe, om de betaling in het dashboard te vinden.' })
  paymentIntentId: string | null;

  static of(row: PaymentToReview): PaymentToReviewView {
    return { ...row, chargedAt: row.chargedAt.toISOString() };
  }
}

export class PaymentsToReviewPage {
  @ApiProperty({ type: [PaymentToReviewView] }) items: PaymentToReviewView[];
  @ApiProperty({ description: 'Aantal te controleren betalingen.' }) total: number;
}
