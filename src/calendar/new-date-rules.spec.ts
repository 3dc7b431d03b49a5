import { priorityWindowProblems } from './new-date-rules.js';

const now = new Date('2026-11-01T10:00:00Z');
const signOnDeadline = new Date('2026-11-20T23:00:00Z');

describe('voorrangsperiode van een nieuwe datum', () => {
  it('aanvaardt een periode die nog loopt en voor de inteken-deadline sluit', () => {
    expect(priorityWindowProblems({ priorityUntil: new Date('2026-11-10T23:00:00Z'), signOnDeadline }, now)).toEqual([]);
  });

  it('weigert een periode die op of na de uiterste intekendatum sluit', () => {
    for (const priorityUntil of [signOnDeadline, new Date('2026-11-25T00:00:00Z')]) {
      expect(priorityWindowProblems({ priorityUntil, signOnDeadline }, now)).toEqual([
        { field: 'priorityUntil', message: 'moet vóór de uiterste intekendatum liggen' },
      ]);
    }
  });

  it('weigert een periode die al voorbij is', () => {
    expect(priorityWindowProblems({ priorityUntil: now, signOnDeadline }, now)).toEqual([
      { field: 'priorityUntil', message: 'moet in de toekomst liggen' },
    ]);
  });
});
