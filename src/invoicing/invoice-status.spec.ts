import fc from 'fast-check';
import {
  invoiceStatus,
  InvoiceStatus,
  isOverdue,
  openAmountCents,
  overpaymentCents,
  refundDueCents,
  refusePayment,
} from './invoice-status.js';

const balance = (grossCents: number, paidCents: number, credited = false) => ({ grossCents, paidCents, credited });

describe('stand van een factuur', () => {
  it('is open zonder betaling, deels betaald met een deel, betaald met het volle bedrag', () => {
    expect(invoiceStatus(balance(10_070, 0))).toBe(InvoiceStatus.Open);
    expect(invoiceStatus(balance(10_070, 70))).toBe(InvoiceStatus.PartiallyPaid);
    expect(invoiceStatus(balance(10_070, 10_070))).toBe(InvoiceStatus.Paid);
  });

  it('is gecrediteerd zodra er een creditnota is, ook als ze betaald was', () => {
    expect(invoiceStatus(balance(10_070, 10_070, true))).toBe(InvoiceStatus.Credited);
    expect(invoiceStatus(balance(10_070, 0, true))).toBe(InvoiceStatus.Credited);
  });

  it('toont wat betaald was op een gecrediteerde factuur als terug te betalen', () => {
    expect(refundDueCents(balance(10_070, 4_000, true))).toBe(4_000);
    expect(refundDueCents(balance(10_070, 4_000))).toBe(0);
    expect(openAmountCents(balance(10_070, 4_000, true))).toBe(0);
    expect(openAmountCents(balance(10_070, 4_000))).toBe(6_070);
  });

  it('een online betaalde en gecrediteerde factuur is niet meer terug te betalen zodra Stripe de terugbetaling afrondde', () => {
    expect(refundDueCents({ ...balance(10_070, 10_070, true), refundedCents: 0 })).toBe(10_070);
    expect(refundDueCents({ ...balance(10_070, 10_070, true), refundedCents: 10_070 })).toBe(0);
  });

  it('aanvaardt deelbetalingen tot het openstaande bedrag en weigert meer', () => {
    expect(refusePayment(balance(10_070, 0), 5_000)).toBeNull();
    expect(refusePayment(balance(10_070, 5_000), 5_070)).toBeNull();
    expect(refusePayment(balance(10_070, 5_000), 5_071)).toBe('overpayment');
    expect(refusePayment(balance(10_070, 10_070), 1)).toBe('already-paid');
    expect(refusePayment(balance(10_070, 0, true), 1)).toBe('credited');
  });

  it('boekt te veel enkel als het uitdrukkelijk als te veel betaald gevraagd is, en nooit op een gecrediteerde factuur', () => {
    expect(refusePayment(balance(10_070, 5_000), 5_071, true)).toBeNull();
    expect(refusePayment(balance(10_070, 10_070), 1, true)).toBeNull();
    expect(refusePayment(balance(10_070, 0, true), 1, true)).toBe('credited');
    expect(overpaymentCents(balance(10_070, 5_000), 5_071)).toBe(1);
    expect(overpaymentCents(balance(10_070, 5_000), 5_070)).toBe(0);
    expect(refundDueCents({ ...balance(10_070, 10_070), overpaidCents: 1 })).toBe(1);
  });

  it('laat het betaalde bedrag nooit boven het factuurbedrag uitkomen (eigenschap)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.array(fc.integer({ min: 1, max: 1e7 })), (gross, payments) => {
        let paid = 0;
        for (const amount of payments) if (refusePayment(balance(gross, paid), amount) === null) paid += amount;
        expect(paid).toBeLessThanOrEqual(gross);
        expect(invoiceStatus(balance(gross, paid)) === InvoiceStatus.Paid).toBe(paid === gross);
      }),
    );
  });

  it('is vervallen na de vervaldag zolang er nog iets open staat', () => {
    expect(isOverdue(InvoiceStatus.Open, '2026-02-14', '2026-02-15')).toBe(true);
    expect(isOverdue(InvoiceStatus.PartiallyPaid, '2026-02-14', '2026-02-15')).toBe(true);
    expect(isOverdue(InvoiceStatus.Open, '2026-02-14', '2026-02-14')).toBe(false);
    expect(isOverdue(InvoiceStatus.Paid, '2026-02-14', '2026-03-01')).toBe(false);
    expect(isOverdue(InvoiceStatus.Credited, '2026-02-14', '2026-03-01')).toBe(false);
  });
});
