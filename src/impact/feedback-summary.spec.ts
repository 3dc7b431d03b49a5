import fc from 'fast-check';
import { summariseFeedback, type FeedbackAnswer } from './feedback-summary.js';
import { PictureAndSound } from './picture-and-sound.js';

const answer = (overrides: Partial<FeedbackAnswer> = {}): FeedbackAnswer => ({
  viewers: 20,
  screens: 1,
  satisfaction: 5,
  pictureAndSound: PictureAndSound.Good,
  ...overrides,
});

describe('samenvatting van de antwoorden na een stream', () => {
  it('telt kijkers, schermen, scores en beeld en geluid op', () => {
    const summary = summariseFeedback([
      answer({ viewers: 35, screens: 2, satisfaction: 5 }),
      answer({ viewers: 12, screens: 1, satisfaction: 4, pictureAndSound: PictureAndSound.Hiccups }),
      answer({ viewers: 0, screens: 1, satisfaction: 2, pictureAndSound: PictureAndSound.Failed }),
    ]);
    expect(summary).toEqual({
      reported: 3,
      viewers: 47,
      screens: 4,
      // (5 + 4 + 2) / 3 = 3.67 → 3.7
      averageSatisfaction: 3.7,
      satisfactionCounts: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 },
      pictureAndSoundCounts: { good: 1, hiccups: 1, failed: 1 },
    });
  });

  it('geeft geen gemiddelde zonder antwoorden', () => {
    const summary = summariseFeedback([]);
    expect(summary.reported).toBe(0);
    expect(summary.viewers).toBe(0);
    expect(summary.averageSatisfaction).toBeNull();
  });

  it('rondt een half naar boven af', () => {
    const scores = [4, 4, 5, 4].map((satisfaction) => answer({ satisfaction }));
    expect(summariseFeedback(scores).averageSatisfaction).toBe(4.3);
  });

  it('weigert een score buiten 1 tot 5', () => {
    expect(() => summariseFeedback([answer({ satisfaction: 6 })])).toThrow(RangeError);
    expect(() => summariseFeedback([answer({ satisfaction: 3.5 })])).toThrow(RangeError);
  });

  it('het gemiddelde ligt tussen de laagste en hoogste score, en de verdeling telt elk antwoord één keer', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 50 }), (scores) => {
        const summary = summariseFeedback(scores.map((satisfaction) => answer({ satisfaction })));
        const counted = Object.values(summary.satisfactionCounts).reduce((sum, count) => sum + count, 0);
        expect(counted).toBe(scores.length);
        expect(summary.averageSatisfaction).toBeGreaterThanOrEqual(Math.min(...scores));
        expect(summary.averageSatisfaction).toBeLessThanOrEqual(Math.max(...scores));
      }),
    );
  });
});
