import { AUDIENCES, type Audience, type PerAudience, perAudience } from '../finance/finance-inputs.js';
import { assertNonNegative, divideRoundingHalfUp } from '../finance/money.js';
import { type FeedbackAnswer, type FeedbackSummary, summariseFeedback } from './feedback-summary.js';
import { PictureAndSound } from './picture-and-sound.js';

/** One confirmed satellite of the event, with its answer when it gave one. */
export interface ImpactSatellite {
  organisationName: string;
  audience: Audience;
  answer: (FeedbackAnswer & { comment: string }) | null;
}

export interface TechnicalIssue {
  /** Who reported it: a satellite, or the launch centre in its own notes. */
  source: 'satellite' | 'launch_centre';
  organisationName: string;
  /** A satellite's verdict on picture and sound; null for the launch centre's notes. */
  pictureAndSound: PictureAndSound | null;
  text: string;
}

export interface EventImpact {
  /** Confirmed satellites per audience: the ones that were sent the stream and the feedback link. */
  satellitesByAudience: PerAudience<number>;
  satellites: number;
  /** Satellites that answered, per audience. */
  reportedByAudience: PerAudience<number>;
  feedback: FeedbackSummary;
  comments: { organisationName: string; text: string }[];
  technicalIssues: TechnicalIssue[];
  costCents: number;
  /** The cost divided by the viewers reported, to the nearest cent; null while nobody reported a viewer. */
  costPerViewerCents: number | null;
}

/**
 * What one stream achieved, from the satellites' answers and the launch centre's notes. Only
 * answers count: a satellite that did not answer adds no viewers, so the cost per viewer is an
 * upper bound that falls as answers come in.
 */
export function eventImpact(input: {
  satellites: readonly ImpactSatellite[];
  launchCentre: { organisationName: string; technicalIncidents: string };
  costCents: number;
}): EventImpact {
  const answered = input.satellites.filter((satellite) => satellite.answer !== null);
  const feedback = summariseFeedback(answered.map((satellite) => satellite.answer!));
  const count = (satellites: readonly ImpactSatellite[]) =>
    perAudience((audience) => satellites.filter((satellite) => satellite.audience === audience).length);
  const satellitesByAudience = count(input.satellites);
  return {
    satellitesByAudience,
    satellites: AUDIENCES.reduce((total, audience) => total + satellitesByAudience[audience], 0),
    reportedByAudience: count(answered),
    feedback,
    comments: answered
      .filter((satellite) => satellite.answer!.comment.trim() !== '')
      .map((satellite) => ({ organisationName: satellite.organisationName, text: satellite.answer!.comment.trim() })),
    technicalIssues: technicalIssues(answered, input.launchCentre),
    costCents: input.costCents,
    costPerViewerCents: costPerViewerCents(input.costCents, feedback.viewers),
  };
}

/** Every satellite whose picture or sound was not good (with its comment), then the launch centre's own incidents. */
function technicalIssues(
  answered: readonly ImpactSatellite[],
  launchCentre: { organisationName: string; technicalIncidents: string },
): TechnicalIssue[] {
  const issues: TechnicalIssue[] = answered
    .filter((satellite) => satellite.answer!.pictureAndSound !== PictureAndSound.Good)
    .map((satellite) => ({
      source: 'satellite',
      organisationName: satellite.organisationName,
      pictureAndSound: satellite.answer!.pictureAndSound,
      text: satellite.answer!.comment.trim(),
    }));
  if (launchCentre.technicalIncidents.trim() !== '') {
    issues.push({
      source: 'launch_centre',
      organisationName: launchCentre.organisationName,
      pictureAndSound: null,
      text: launchCentre.technicalIncidents.trim(),
    });
  }
  return issues;
}

/** cost ÷ viewers to the nearest cent, a half cent up, in integers; null for no viewers. */
export function costPerViewerCents(costCents: number, viewers: number): number | null {
  assertNonNegative(costCents, 'de kost');
  assertNonNegative(viewers, 'het aantal kijkers');
  if (viewers === 0) return null;
  return divideRoundingHalfUp(costCents, viewers);
}
