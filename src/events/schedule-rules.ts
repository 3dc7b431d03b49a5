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
