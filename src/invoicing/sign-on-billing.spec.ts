import { debtsOf, type BillableSignOn, type OnlineSettlement } from './sign-on-billing.js';

const signOn = (overrides: Partial<BillableSignOn> = {}): BillableSignOn => ({
  eventTitle: 'Chique Dingues',
  eventStartsAt: new Date('2026-01-31T19:00:00Z'),
  vatRatePercent: 6,
  satellite: { organisationId: 'wzc', name: 'WZC De Linde' },
  satelliteShareCents: 9_500,
  satellitePaidOnline: null,
  sponsorOrganisationId: null,
  sponsorShareCents: 0,
  ...overrides,
});

const stripePayment: OnlineSettlement = {
  paymentId: 'pay_1',
  grossCents: 10_070,
  paidAt: new Date('2026-01-10T10:00:00Z'),
  reference: 'pi_1',
};

describe('wie een factuur krijgt voor een intekening', () => {
  it('factureert de satelliet die per factuur betaalt voor het hele tarief', () => {
    expect(debtsOf(signOn())).toEqual([
      {
        buyerOrganisationId: 'wzc',
        lines: [
          { description: 'Livestream Chique Dingues (za 31 jan 2026)', quantity: 1, unitPriceCents: 9_500, vatRatePercent: 6 },
        ],
        settledOnline: null,
      },
    ]);
  });

  it('factureert niets voor een gratis stream', () => {
    expect(debtsOf(signOn({ satelliteShareCents: 0 }))).toEqual([]);
  });

  it('factureert ook een satelliet die online betaalde: die factuur is door de online betaling voldaan', () => {
    const [debt] = debtsOf(signOn({ satellitePaidOnline: stripePayment }));
    expect(debt).toMatchObject({ buyerOrganisationId: 'wzc', settledOnline: stripePayment });
    expect(debt.lines[0].unitPriceCents).toBe(9_500);
  });

  it('splitst een gedeelde kost in twee facturen met elk hun aandeel', () => {
    const debts = debtsOf(signOn({ satelliteShareCents: 2_500, sponsorOrganisationId: 'cc', sponsorShareCents: 7_000 }));
    expect(debts.map((d) => [d.buyerOrganisationId, d.lines[0].unitPriceCents, d.lines[0].description])).toEqual([
      ['wzc', 2_500, 'Livestream Chique Dingues (za 31 jan 2026), uw aandeel'],
      ['cc', 7_000, 'Livestream Chique Dingues (za 31 jan 2026) voor WZC De Linde'],
    ]);
  });

  it('de online betaling van het zorgcentrum voldoet enkel zijn eigen aandeel, nooit de factuur van de sponsor', () => {
    const debts = debtsOf(
      signOn({
        satelliteShareCents: 2_500,
        satellitePaidOnline: stripePayment,
        sponsorOrganisationId: 'cc',
        sponsorShareCents: 7_000,
      }),
    );
    expect(debts.map((d) => [d.buyerOrganisationId, d.settledOnline?.paymentId ?? null])).toEqual([
      ['wzc', 'pay_1'],
      ['cc', null],
    ]);
  });
});
