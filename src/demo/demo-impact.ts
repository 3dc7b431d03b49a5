import { PictureAndSound } from '../impact/picture-and-sound.js';
import { DEMO_EVENTS } from './demo-events.js';
import { demoSignOns, type DemoSignOn } from './demo-finance.js';

/**
 * Demo feedback after each stream: invented, like every count in the demo. Not every satellite
 * answers. In 2023 more of them did, and more gladly, than in 2022, as the report tells it ("de
 * hoge tevredenheid van elke partner"). The pattern depends only on a sign-on's place in its
 * show, so a second seed writes the same rows and adds none.
 */
const SCORES: Record<number, readonly number[]> = {
  2022: [5, 4, 4, 3, 5, 4, 2, 5, 4, 4],
  2023: [5, 5, 4, 5, 4, 3, 5, 4, 5, 5],
};
/** One in four satellites left the 2022 form unanswered, one in six in 2023. */
const SKIPS_EVERY: Record<number, number> = { 2022: 4, 2023: 6 };
const COMMENTS = ['Onze bewoners zongen luid mee.', 'Mooi beeld, al viel het geluid even weg.', 'Graag opnieuw volgend seizoen!'];

export interface DemoFeedback {
  subscriptionId: string;
  eventId: string;
  viewers: number;
  screens: number;
  satisfaction: number;
  pictureAndSound: PictureAndSound;
  comment: string;
  /** The day after the stream. */
  answeredAt: string;
}

const streamedEvents = new Map<string, { year: number; endsAt: string }>(
  DEMO_EVENTS.filter((event) => event.status === 'streamed').map((event) => [
    event.id,
    { year: Number(event.startsAt.slice(0, 4)), endsAt: event.endsAt },
  ]),
);

function answer(signOn: DemoSignOn, year: number, endsAt: string): DemoFeedback {
  const { n } = signOn;
  const nextDay = new Date(Date.parse(endsAt) + 24 * 3600 * 1000).toISOString();
  return {
    subscriptionId: signOn.id,
    eventId: signOn.eventId,
    // A culture house shows the stream in its own hall; a care centre in its living rooms.
    viewers: signOn.audience === 'culture_house' ? 20 + ((n * 11) % 40) : 8 + ((n * 7) % 23),
    screens: n % 3 === 0 ? 2 : 1,
    satisfaction: SCORES[year][n % 10],
    pictureAndSound: n % 13 === 0 ? PictureAndSound.Failed : n % 7 === 0 ? PictureAndSound.Hiccups : PictureAndSound.Good,
    comment: n % 10 === 1 ? COMMENTS[(n + year) % COMMENTS.length] : '',
    answeredAt: nextDay,
  };
}

export function demoFeedback(): DemoFeedback[] {
  return demoSignOns().flatMap((signOn) => {
    const event = streamedEvents.get(signOn.eventId);
    if (!event || signOn.n % SKIPS_EVERY[event.year] === 0) return [];
    return [answer(signOn, event.year, event.endsAt)];
  });
}
