import { AUDIENCES, perAudience, type Audience, type PerAudience } from '../finance/finance-inputs.js';
import { assertNonNegative, exactSum, scaleRoundingDown } from '../finance/money.js';

/** One satellite's interest mark: non-binding, optionally with what it expects to bring. */
export interface InterestMark {
  audience: Audience;
  screens: number | null;
  expectedViewers: number | null;
}

/** The confirmed satellites of one similar past event, per audience. */
export type PastTurnout = PerAudience<number>;

export interface SatelliteForecast {
  /** Satellites that marked interest, per audience. */
  interest: PerAudience<number>;
  /** The similar past events the forecast looked at, and their average confirmed satellites (rounded down). */
  history: { events: number; averageConfirmed: PerAudience<number> };
  /** What the plan expects: the larger of interest and history, per audience. */
  expectedSatellites: PerAudience<number>;
  /** From the marks that gave them; for the launch centre's preparation, not for the money. */
  screens: number;
  expectedViewers: number;
}

/**
 * "Similar events" for a call: the streamed events of the two seasons before the call's season
 * (for 2024-2025: 2022-2023 and 2023-2024). Every stream is the same product, a live show to
 * satellites, so recency is what makes an event similar; older seasons had a smaller network.
 */
export function similarSeasons(seasonCode: string): string[] {
  const first = Number(seasonCode.slice(0, 4));
  return [2, 1].map((back) => `${first - back}-${first - back + 1}`);
}

/**
 * The expected satellites of a proposal. History gives the usual turnout, because most satellites
 * sign on without marking interest first; interest marks count when a proposal draws more than
 * usual. Interest is non-binding, so the two are not added up. The average is rounded down, so a
 * forecast never promises a satellite more than history shows. Without history, interest alone.
 */
export function forecastSatellites(marks: readonly InterestMark[], history: readonly PastTurnout[]): SatelliteForecast {
  for (const past of history) for (const a of AUDIENCES) assertNonNegative(past[a], 'het aantal bevestigde satellieten');
  const interest = perAudience((a) => marks.filter((mark) => mark.audience === a).length);
  const averageConfirmed = perAudience((a) =>
    history.length === 0 ? 0 : scaleRoundingDown(exactSum(history.map((past) => past[a])), 1, history.length),
  );
  return {
    interest,
    history: { events: history.length, averageConfirmed },
    expectedSatellites: perAudience((a) => Math.max(interest[a], averageConfirmed[a])),
    screens: exactSum(marks.map((mark) => mark.screens ?? 0)),
    expectedViewers: exactSum(marks.map((mark) => mark.expectedViewers ?? 0)),
  };
}
