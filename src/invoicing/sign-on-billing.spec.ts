import { debtsOf, type BillableSignOn } from './sign-on-billing.js';

const signOn = (overrides: Partial<BillableSignOn> = {}): BillableSignOn => ({
  eventTitle: 'Chique Dingues',
  eventStartsAt: new Date('2026-01-31T19:00:00Z'),
  vatRatePercent: 6,
  satellite: { organisationId: 'wzc', name: 'WZC De Linde', paysByInvoice: true },
  satelliteShareCents: 9_500,
  sponsorOrganisationId: null,
  sponsorShareCents: 0,
  ...overrides,
});

describe('wie een factuur krijgt voor een intekening', () => {
  it('factureert de satelliet die per factuur betaalt voor het hele tarief', () => {
    expect(debtsOf(signOn())).toEqual([
      {
        buyerOrganisationId: 'wzc',
        lines: [
          { description: 'Livestream Chique Dingues (za 31 jan 2026)', quantity: 1, unitPriceCents: 9_500, vatRatePercent: 6 },
        ],
      },
    ]);
  });

  it('factureert niets voor een gratis stream', () => {
    expect(debtsOf(signOn({ satelliteShareCents: 0 }))).toEqual([]);
  });

  it('laat een satelliet die online betaalt buiten de facturatie', () => {
    expect(debtsOf(signOn({ satellite: { organisationId: 'wzc', name: 'WZC', paysByInvoice: false } }))).toEqual([]);
  });

  it('splitst een gedeelde kost in twee facturen met elk hun aandeel', () => {
    const debts = debtsOf(signOn({ satelliteShareCents: 2_500, sponsorOrganisationId: 'cc', sponsorShareCents: 7_000 }));
    expect(debts.map((d) => [d.buyerOrganisationId, d.lines[0].unitPriceCents, d.lines[0].description])).toEqual([
      ['wzc', 2_500, 'Livestream Chique Dingues (za 31 jan 2026), uw aandeel'],
      ['cc', 7_000, 'Livestream Chique Dingues (za 31 jan 2026) voor WZC De Linde'],
    ]);
  });

  it('factureert de sponsor altijd, ook als het zorgcentrum zelf online zou betalen', () => {
    const debts = debtsOf(
      signOn({
        satellite: { organisationId: 'wzc', name: 'WZC', paysByInvoice: false },
        satelliteShareCents: 0,
        sponsorOrganisationId: 'cc',
        sponsorShareCents: 9_500,
      }),
    );
    expect(debts.map((d) => d.buyerOrganisationId)).toEqual(['cc']);
  });
});
