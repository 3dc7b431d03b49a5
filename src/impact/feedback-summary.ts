import { PictureAndSound } from './picture-and-sound.js';

/** One satellite's answer, as far as the figures need it. */
export interface FeedbackAnswer {
  viewers: number;
  screens: number;
  /** 1 to 5. */
  satisfaction: number;
  pictureAndSound: PictureAndSound;
}

export const SATISFACTION_SCORES = [1, 2, 3, 4, 5] as const;
export type SatisfactionScore = (typeof SATISFACTION_SCORES)[number];

export interface FeedbackSummary {
  /** How many satellites answered. */
  reported: number;
  viewers: number;
  screens: number;
  /** Rounded to one decimal, as it is reported; null without answers. */
  averageSatisfaction: number | null;
  /** How many answers gave each score. */
  satisfactionCounts: Record<SatisfactionScore, number>;
  pictureAndSoundCounts: Record<PictureAndSound, number>;
}

/**
 * The figures an event's impact and the year report share, from the satellites' own answers.
 * Satellites that did not answer count nowhere: the viewers are those reported, never an estimate,
 * so every figure can be traced back to an answer.
 */
export function summariseFeedback(answers: readonly FeedbackAnswer[]): FeedbackSummary {
  const satisfactionCounts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  const pictureAndSoundCounts = { [PictureAndSound.Good]: 0, [PictureAndSound.Hiccups]: 0, [PictureAndSound.Failed]: 0 };
  let viewers = 0;
  let screens = 0;
  let scoreTotal = 0;
  for (const answer of answers) {
    if (!isSatisfactionScore(answer.satisfaction)) {
      throw new RangeError(`Tevredenheid ${answer.satisfaction} ligt niet tussen 1 en 5`);
    }
    satisfactionCounts[answer.satisfaction] += 1;
    pictureAndSoundCounts[answer.pictureAndSound] += 1;
    viewers += answer.viewers;
    screens += answer.screens;
    scoreTotal += answer.satisfaction;
  }
  return {
    reported: answers.length,
    viewers,
    screens,
    averageSatisfaction: answers.length === 0 ? null : roundToOneDecimal(scoreTotal / answers.length),
    satisfactionCounts,
    pictureAndSoundCounts,
  };
}

function isSatisfactionScore(score: number): score is SatisfactionScore {
  return Number.isInteger(score) && score >= 1 && score <= 5;
}

// Half-way values round up (4.25 → 4.3), as a reader of the report would round them.
const roundToOneDecimal = (value: number) => Math.round(value * 10 + 1e-9) / 10;
