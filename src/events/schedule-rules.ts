import type { FieldProblem } from '../common/errors/problem.js';

export interface Schedule {
  startsAt: Date;
  endsAt: Date;
  signOnDeadline: Date;
  testSlotStartsAt: Date | null;
  testSlotEndsAt: Date | null;
}

/** What must hold between an event's times; each broken rule names its field. */
export function scheduleProblems(schedule: Schedule): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (schedule.endsAt <= schedule.startsAt) problems.push({ field: 'endsAt', message: 'moet na het begin liggen' });
  if (schedule.signOnDeadline > schedule.startsAt) {
    problems.push({ field: 'signOnDeadline', message: 'moet voor het begin van de voorstelling liggen' });
  }
  const { testSlotStartsAt: testStart, testSlotEndsAt: testEnd } = schedule;
  if ((testStart === null) !== (testEnd === null)) {
    problems.push({
      field: testStart ? 'testSlotEndsAt' : 'testSlotStartsAt',
      message: 'begin en einde van het testmoment horen samen',
    });
  } else if (testStart && testEnd) {
    if (testEnd <= testStart) problems.push({ field: 'testSlotEndsAt', message: 'moet na het begin van het testmoment liggen' });
    if (testEnd > schedule.startsAt)
      problems.push({ field: 'testSlotEndsAt', message: 'moet voor het begin van de voorstelling liggen' });
  }
  return problems;
}

/**
 * The usual technical test: from an hour and a half to three quarters of an hour before the show,
 * so a problem found in the test can still be fixed. New events start with it; pages explain it.
 */
export const USUAL_TEST_SLOT_MINUTES_BEFORE = { from: 90, until: 45 } as const;

export function usualTestSlot(startsAt: Date): { startsAt: Date; endsAt: Date } {
  const before = (minutes: number) => new Date(startsAt.getTime() - minutes * 60_000);
  return { startsAt: before(USUAL_TEST_SLOT_MINUTES_BEFORE.from), endsAt: before(USUAL_TEST_SLOT_MINUTES_BEFORE.until) };
}
