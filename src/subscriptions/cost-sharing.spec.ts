import fc from 'fast-check';
import { shareTariff } from './cost-sharing.js';
import { CostSharing } from './subscription-status.js';

describe('kosten delen met zorgpartners', () => {
  it('laat een zorgcentrum zonder peter zelf betalen', () => {
    expect(shareTariff(9500, null, null)).toEqual({ sponsorShareCents: 0, satelliteShareCents: 9500 });
  });

  it('laat het cultuurhuis alles betalen', () => {
    expect(shareTariff(9500, CostSharing.Sponsor, null)).toEqual({ sponsorShareCents: 9500, satelliteShareCents: 0 });
  });

  it('laat het zorgcentrum een vast bedrag betalen en het cultuurhuis de rest', () => {
    expect(shareTariff(9500, CostSharing.Split, 2500)).toEqual({ sponsorShareCents: 7000, satelliteShareCents: 2500 });
  });

  it('vraagt het zorgcentrum nooit meer dan het tarief', () => {
    expect(shareTariff(9500, CostSharing.Split, 12000)).toEqual({ sponsorShareCents: 0, satelliteShareCents: 9500 });
  });

  it('verdeelt het tarief altijd tot op de cent (eigenschap)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(null, CostSharing.Sponsor, CostSharing.Satellite, CostSharing.Split),
        fc.integer({ min: 0, max: 20_000_000 }),
        (tariff, sharing, fixed) => {
          const shares = shareTariff(tariff, sharing, fixed);
          expect(shares.sponsorShareCents + shares.satelliteShareCents).toBe(tariff);
          expect(shares.sponsorShareCents).toBeGreaterThanOrEqual(0);
          expect(shares.satelliteShareCents).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
