import type { FieldProblem } from '../common/errors/problem.js';

/**
 * The priority window must still be open and close before the sign-on deadline: after the
 * deadline nobody else could use the places the former satellites leave.
 */
export function priorityWindowProblems(input: { priorityUntil: Date; signOnDeadline: Date }, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.priorityUntil.getTime() <= now.getTime()) {
    problems.push({ field: 'priorityUntil', message: 'moet in de toekomst liggen' });
  }
  if (input.priorityUntil.getTime() >= input.signOnDeadline.getTime()) {
    problems.push({ field: 'priorityUntil', message: 'moet vóór de uiterste intekendatum liggen' });
  }
  return problems;
}
