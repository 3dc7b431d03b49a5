import { newDateBody } from './new-date-form.js';

const filled = {
  date: '2026-12-05',
  startTime: '14:00',
  endTime: '15:30',
  testStartTime: '',
  testEndTime: '',
  deadlineDate: '2026-12-01',
  deadlineTime: '23:59',
  priorityDate: '2026-11-20',
  priorityTime: '23:59',
  publish: 'nee',
};

describe('formulier nieuwe datum', () => {
  it('leest Belgische tijd, met de wintertijd-offset, en publiceert alleen als gevraagd', () => {
    const { body, errors } = newDateBody(filled);
    expect(errors).toEqual({});
    expect(body).toEqual({
      startsAt: '2026-12-05T14:00:00+01:00',
      endsAt: '2026-12-05T15:30:00+01:00',
      signOnDeadline: '2026-12-01T23:59:00+01:00',
      testSlotStartsAt: null,
      testSlotEndsAt: null,
      priorityUntil: '2026-11-20T23:59:00+01:00',
      publish: false,
    });
    expect(newDateBody({ ...filled, publish: 'ja' }).body.publish).toBe(true);
  });

  it('zet een ontbrekende tijd of keuze naast het veld', () => {
    const { errors } = newDateBody({ ...filled, priorityTime: '', testStartTime: '10:00', publish: '' });
    expect(errors).toEqual({
      priorityTime: 'Het einde van de voorrang is geen geldige datum en tijd.',
      testEndTime: 'Het einde van het testmoment is geen geldige datum en tijd.',
      publish: 'Kies of u meteen publiceert.',
    });
  });
});
