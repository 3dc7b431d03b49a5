import fc from 'fast-check';
import {
  chargeDiffers,
  holdExpiresAt,
  isPayable,
  nextPaymentStatus,
  refundsOnCancellation,
  type PaymentFact,
} from './payment-state.js';
import { PaymentStatus } from './payment-status.js';

const ALL_STATUSES = Object.values(PaymentStatus);
const ALL_FACTS: PaymentFact[] = ['paid', 'failed', 'expired', 'refunded'];

describe('status van een online betaling', () => {
  it.each([
    [PaymentStatus.Open, 'paid', PaymentStatus.Paid],
    [PaymentStatus.Failed, 'paid', PaymentStatus.Paid],
    [PaymentStatus.Expired, 'paid', PaymentStatus.Paid],
    [PaymentStatus.Refunded, 'paid', PaymentStatus.Refunded],
    [PaymentStatus.RefundPending, 'paid', PaymentStatus.RefundPending],
    [PaymentStatus.Open, 'failed', PaymentStatus.Failed],
    [PaymentStatus.Paid, 'failed', PaymentStatus.Paid],
    [PaymentStatus.Open, 'expired', PaymentStatus.Expired],
    [PaymentStatus.Failed, 'expired', PaymentStatus.Expired],
    [PaymentStatus.Paid, 'expired', PaymentStatus.Paid],
    [PaymentStatus.Open, 'refunded', PaymentStatus.Refunded],
    [PaymentStatus.RefundPending, 'refunded', PaymentStatus.Refunded],
    [PaymentStatus.Closing, 'paid', PaymentStatus.Paid],
    [PaymentStatus.Closing, 'failed', PaymentStatus.Closing],
    [PaymentStatus.Closing, 'expired', PaymentStatus.Expired],
    [PaymentStatus.Closing, 'refunded', PaymentStatus.Refunded],
    [PaymentStatus.ToReview, 'paid', PaymentStatus.ToReview],
    [PaymentStatus.ToReview, 'failed', PaymentStatus.ToReview],
    [PaymentStatus.ToReview, 'expired', PaymentStatus.ToReview],
    [PaymentStatus.ToReview, 'refunded', PaymentStatus.Refunded],
  ] as const)('gaat van %s na "%s" naar %s', (from, fact, to) => {
    expect(nextPaymentStatus(from, fact)).toBe(to);
  });

  it('neemt enkel het verschuldigde bedrag in euro als betaald; een ander bedrag of een andere munt is te controleren', () => {
    expect(chargeDiffers(10_070, { amountCents: 10_070, currency: 'eur' })).toBe(false);
    expect(chargeDiffers(10_070, { amountCents: 10_070, currency: 'EUR' })).toBe(false);
    expect(chargeDiffers(10_070, { amountCents: 10_069, currency: 'eur' })).toBe(true);
    expect(chargeDiffers(10_070, { amountCents: 10_071, currency: 'eur' })).toBe(true);
    expect(chargeDiffers(10_070, { amountCents: 10_070, currency: 'usd' })).toBe(true);
    // Our own hold expiry on a session Stripe did not describe: nothing to compare.
    expect(chargeDiffers(10_070, {})).toBe(false);
  });

  it('blijft terugbetaald, wat er daarna ook binnenkomt', () => {
    for (const fact of ALL_FACTS) expect(nextPaymentStatus(PaymentStatus.Refunded, fact)).toBe(PaymentStatus.Refunded);
  });

  it('verandert niets wanneer dezelfde melding twee keer komt', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_STATUSES), fc.constantFrom(...ALL_FACTS), (status, fact) => {
        const once = nextPaymentStatus(status, fact);
        expect(nextPaymentStatus(once, fact)).toBe(once);
      }),
    );
  });

  it('eindigt terugbetaald zodra er een terugbetaling bij zit, in welke volgorde de meldingen ook komen', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALL_FACTS)), fc.nat(), (facts, at) => {
        const withRefund = [
          ...facts.slice(0, at % (facts.length + 1)),
          'refunded' as const,
          ...facts.slice(at % (facts.length + 1)),
        ];
        expect(withRefund.reduce((status, fact) => nextPaymentStatus(status, fact), PaymentStatus.Open)).toBe(
          PaymentStatus.Refunded,
        );
      }),
    );
  });

  it('laat enkel een open sessie of een mislukte poging opnieuw betalen', () => {
    expect(ALL_STATUSES.filter(isPayable)).toEqual([PaymentStatus.Open, PaymentStatus.Failed]);
  });
});

describe('terugbetalen bij annuleren', () => {
  const deadline = new Date('2026-12-01T23:00:00Z');
  it('betaalt terug wie vóór de inteken-deadline annuleert', () => {
    expect(refundsOnCancellation(new Date('2026-12-01T22:59:59Z'), deadline)).toBe(true);
  });
  it('betaalt niet vanzelf terug vanaf de deadline', () => {
    expect(refundsOnCancellation(deadline, deadline)).toBe(false);
    expect(refundsOnCancellation(new Date('2026-12-02T08:00:00Z'), deadline)).toBe(false);
  });
});

describe('vasthoudtijd', () => {
  it('loopt vanaf het moment dat de intekening op betaling wacht', () => {
    expect(holdExpiresAt(new Date('2026-11-20T10:00:00Z'), 30)).toEqual(new Date('2026-11-20T10:30:00Z'));
  });
});
