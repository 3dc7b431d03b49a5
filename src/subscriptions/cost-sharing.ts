import { CostSharing } from './subscription-status.js';

export interface Shares {
  sponsorShareCents: number;
  satelliteShareCents: number;
}

/**
 * Who owes what of an invited care centre's tariff ("kosten delen met zorgpartners"):
 * the culture house pays all, the care centre pays all, or the care centre pays a fixed
 * amount (never more than the tariff) and the culture house the rest.
 */
export function shareTariff(tariffCents: number, sharing: CostSharing | null, satelliteFixedCents: number | null): Shares {
  switch (sharing) {
    case null:
    case CostSharing.Satellite:
      return { sponsorShareCents: 0, satelliteShareCents: tariffCents };
    case CostSharing.Sponsor:
      return { sponsorShareCents: tariffCents, satelliteShareCents: 0 };
    case CostSharing.Split: {
      const satellite = Math.min(tariffCents, Math.max(0, satelliteFixedCents ?? 0));
      return { sponsorShareCents: tariffCents - satellite, satelliteShareCents: satellite };
    }
  }
}
