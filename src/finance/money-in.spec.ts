import fc from 'fast-check';
import { moneyIn, netPartOf, type InvoiceFacts, type MoneyDocument } from './money-in.js';

const TODAY = '2026-11-30';
const invoice = (overrides: Partial<InvoiceFacts> = {}): InvoiceFacts => ({
  kind: 'invoice',
  netCents: 9_500,
  grossCents: 10_070,
  paidGrossCents: 0,
  credited: false,
  dueDate: '2026-12-30',
  ...overrides,
});

describe('geld binnen: gefactureerd, betaald en nog open', () => {
  it('telt een onbetaalde factuur volledig als open, exclusief btw', () => {
    expect(moneyIn([invoice()], TODAY)).toMatchObject({
      invoicedCents: 9_500,
      paidCents: 0,
      openCents: 9_500,
      overdueCents: 0,
      paidGrossCents: 0,
      openGrossCents: 10_070,
    });
  });

  it('telt een volledig betaalde factuur precies voor haar nettobedrag als betaald', () => {
    expect(moneyIn([invoice({ paidGrossCents: 10_070 })], TODAY)).toMatchObject({
      invoicedCents: 9_500,
      paidCents: 9_500,
      openCents: 0,
      paidGrossCents: 10_070,
      openGrossCents: 0,
    });
  });

  it('verdeelt een deelbetaling naar verhouding over netto en btw', () => {
    // 5.035 of 10.070 incl. 6 % is half: 4.750 excluding VAT.
    expect(moneyIn([invoice({ paidGrossCents: 5_035 })], TODAY)).toMatchObject({
      paidCents: 4_750,
      openCents: 4_750,
      paidGrossCents: 5_035,
      openGrossCents: 5_035,
    });
  });

  it('telt het open deel van een factuur over haar vervaldag als achterstallig', () => {
    const late = invoice({ paidGrossCents: 5_035, dueDate: '2026-11-29' });
    expect(moneyIn([late], TODAY).overdueCents).toBe(4_750);
    expect(moneyIn([invoice({ dueDate: TODAY })], TODAY).overdueCents).toBe(0);
  });

  it('telt een gecrediteerde factuur niet als omzet, en wat erop betaald was als terug te storten', () => {
    expect(moneyIn([invoice({ credited: true, paidGrossCents: 3_000 })], TODAY)).toMatchObject({
      invoicedCents: 0,
      paidCents: 0,
      openCents: 0,
      creditedCents: 9_500,
      refundDueGrossCents: 3_000,
    });
  });

  it('een online betaalde factuur die gecrediteerd werd, is niet meer terug te storten zodra Stripe terugbetaalde', () => {
    const paidOnline = invoice({ credited: true, paidGrossCents: 10_070 });
    expect(moneyIn([{ ...paidOnline, refundedGrossCents: 0 }], TODAY).refundDueGrossCents).toBe(10_070);
    expect(moneyIn([{ ...paidOnline, refundedGrossCents: 10_070 }], TODAY).refundDueGrossCents).toBe(0);
  });

  it('telt een overschot op een factuur als terug te storten, niet als omzet', () => {
    expect(moneyIn([invoice({ paidGrossCents: 11_000 })], TODAY)).toMatchObject({
      paidCents: 9_500,
      openCents: 0,
      paidGrossCents: 10_070,
      refundDueGrossCents: 930,
    });
  });

  it('telt een online betaling als gefactureerd en betaald; een terugbetaling haalt ze eruit', () => {
    const online = (status: 'paid' | 'refund_pending' | 'refunded'): MoneyDocument => ({
      kind: 'online',
      netCents: 25_000,
      grossCents: 26_500,
      status,
    });
    expect(moneyIn([online('paid')], TODAY)).toMatchObject({ invoicedCents: 25_000, paidCents: 25_000, openCents: 0 });
    expect(moneyIn([online('refund_pending')], TODAY)).toMatchObject({ paidCents: 0, refundDueGrossCents: 26_500 });
    expect(moneyIn([online('refunded')], TODAY)).toMatchObject({ invoicedCents: 0, paidCents: 0, refundDueGrossCents: 0 });
  });

  it('houdt per verzameling documenten gefactureerd = betaald + open, en achterstallig binnen open', () => {
    const documents = fc.array(
      fc.oneof(
        fc
          .record({
            netCents: fc.integer({ min: 1, max: 10_000_000 }),
            vat: fc.constantFrom(0, 6, 12, 21),
            paidShare: fc.double({ min: 0, max: 1.2, noNaN: true }),
            credited: fc.boolean(),
            dueDate: fc.constantFrom('2026-11-01', TODAY, '2027-01-31'),
          })
          .map(({ netCents, vat, paidShare, credited, dueDate }): MoneyDocument => {
            const grossCents = netCents + Math.round((netCents * vat) / 100);
            return {
              kind: 'invoice',
              netCents,
              grossCents,
              paidGrossCents: Math.floor(grossCents * paidShare),
              credited,
              dueDate,
            };
          }),
        fc.record({
          kind: fc.constant('online' as const),
          netCents: fc.integer({ min: 0, max: 10_000_000 }),
          grossCents: fc.integer({ min: 0, max: 12_100_000 }),
          status: fc.constantFrom('paid' as const, 'refund_pending' as const, 'refunded' as const),
        }),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(documents, (docs) => {
        const total = moneyIn(docs, TODAY);
        expect(total.invoicedCents).toBe(total.paidCents + total.openCents);
        expect(total.overdueCents).toBeLessThanOrEqual(total.openCents);
        expect(total.paidCents).toBeGreaterThanOrEqual(0);
        expect(total.openCents).toBeGreaterThanOrEqual(0);
        const received = docs.reduce(
          (sum, d) => sum + (d.kind === 'invoice' ? d.paidGrossCents : d.status === 'refunded' ? 0 : d.grossCents),
          0,
        );
        expect(total.paidGrossCents + total.refundDueGrossCents).toBe(received);
      }),
    );
  });

  it('neemt het nettodeel van een betaling nooit groter dan het nettobedrag', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.nat({ max: 20_000_000 }), (net, paid) => {
        const gross = net + Math.round((net * 21) / 100);
        const part = netPartOf(paid, net, gross);
        expect(part).toBeLessThanOrEqual(net);
        expect(part).toBeGreaterThanOrEqual(0);
      }),
    );
    expect(netPartOf(100, 0, 0)).toBe(0);
  });
});
