import { scheduleProblems } from './schedule-rules.js';

const at = (iso: string) => new Date(iso);
const valid = {
  startsAt: at('2026-12-17T13:00:00Z'),
  endsAt: at('2026-12-17T14:30:00Z'),
  signOnDeadline: at('2026-12-10T22:59:00Z'),
  testSlotStartsAt: at('2026-12-17T11:30:00Z'),
  testSlotEndsAt: at('2026-12-17T12:15:00Z'),
};

describe('tijden van een voorstelling', () => {
  it('vindt niets mis aan een gewone planning', () => {
    expect(scheduleProblems(valid)).toEqual([]);
  });

  it('weigert een einde voor het begin', () => {
    expect(scheduleProblems({ ...valid, endsAt: valid.startsAt })).toEqual([{ field: 'endsAt', message: expect.any(String) }]);
  });

  it('weigert een inteken-deadline na het begin', () => {
    expect(scheduleProblems({ ...valid, signOnDeadline: at('2026-12-17T13:01:00Z') }).map((p) => p.field)).toEqual([
      'signOnDeadline',
    ]);
  });

  it('weigert een testmoment zonder einde of dat in de voorstelling loopt', () => {
    expect(scheduleProblems({ ...valid, testSlotEndsAt: null }).map((p) => p.field)).toEqual(['testSlotEndsAt']);
    expect(scheduleProblems({ ...valid, testSlotEndsAt: at('2026-12-17T13:30:00Z') }).map((p) => p.field)).toEqual([
      'testSlotEndsAt',
    ]);
  });

  it('laat een voorstelling zonder testmoment toe', () => {
    expect(scheduleProblems({ ...valid, testSlotStartsAt: null, testSlotEndsAt: null })).toEqual([]);
  });
});
