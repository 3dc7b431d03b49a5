import { costPerSatelliteCents, eventResult } from './event-result.js';
import { perAudience, type EventFinanceInputs, type PerAudience } from './finance-inputs.js';
import { divideRoundingUp, exactSum } from './money.js';

export type StillNeeded =
  | {
      possible: true;
      /** Additional confirmed satellites of this audience alone; 0 once the event breaks even. */
      satellites: number;
      /** False when that many places are no longer free. */
      fitsCapacity: boolean;
    }
  | { possible: false; reason: 'cancelled' | 'tariff_not_above_cost' };

/**
 * The fewest satellites whose margins together cover the gap, or null when a satellite adds
 * nothing. Each extra satellite brings its tariff and costs the per-satellite lines, so only
 * that difference closes the gap.
 */
export function satellitesToBreakEven(gapCents: number, marginPerSatelliteCents: number): number | null {
  if (gapCents <= 0) return 0;
  if (marginPerSatelliteCents <= 0) return null;
  return divideRoundingUp(gapCents, marginPerSatelliteCents);
}

/**
 * How many more satellites of one audience, at the current tariff, bring the event to break-even.
 * It starts from the confirmed sign-ons only: pending ones are among those still needed until
 * they are confirmed, which keeps the count on the prudent side.
 */
export function stillNeeded(inputs: EventFinanceInputs): PerAudience<StillNeeded> {
  const { current } = eventResult(inputs);
  const gapCents = Math.max(0, -current.resultCents);
  const unitCost = costPerSatelliteCents(inputs);
  const placesLeft = inputs.capacity === null ? null : Math.max(0, inputs.capacity - current.satellites);
  return perAudience((audience): StillNeeded => {
    if (inputs.cancelled) return { possible: false, reason: 'cancelled' };
    const satellites = satellitesToBreakEven(gapCents, exactSum([inputs.tariffsCents[audience], -unitCost]));
    if (satellites === null) return { possible: false, reason: 'tariff_not_above_cost' };
    return { possible: true, satellites, fitsCapacity: placesLeft === null || satellites <= placesLeft };
  });
}
