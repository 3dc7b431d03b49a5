import { readIcs } from '../../test/support/ics-reader.js';
import { calendarEvent, contact, operator } from '../../test/support/calendar-fixtures.js';
import { eventCancelledMail, eventMovedMail, newDateInvitationMail, testSlotInviteMail } from './event-change-mails.js';
import { cultureHouseInvitationMail, invoiceReminderMail } from './invitation-mails.js';
import type { MailContent } from './mail-content.js';
import { reminderMail } from './reminder-mail.js';
import { confirmationMail, promotionMail, signOnCancelledMail, type SignOnMailInput, waitingListMail } from './sign-on-mails.js';

const STREAM = 'https://stream.satelliet.example/live/bartje-8f3k2';
const signOn = (overrides: Partial<SignOnMailInput> = {}): SignOnMailInput => ({
  event: calendarEvent(),
  contact,
  organisationName: 'WZC De Zonnebloem',
  organizer: operator,
  sequence: 0,
  manageUrl: 'https://satelliet.example/mijn/intekeningen',
  ...overrides,
});
const everywhere = (mail: MailContent) => [mail.subject, mail.text, mail.html, mail.calendar?.ics ?? ''].join('\n');

describe('mails over een intekening', () => {
  it('bevestigt met streamlink, testmoment en een REQUEST-uitnodiging', () => {
    const mail = confirmationMail(signOn());
    expect(mail.subject).toBe('Bevestigd: Bartje en de Beiaard op zo 24 sep 2023, 14:00');
    expect(mail.text).toMatch(/^Beste An Peeters,\n/);
    expect(mail.text).toContain('Wanneer: zo 24 sep 2023, 14:00–15:30');
    expect(mail.text).toContain('Technische test: zo 24 sep 2023, 12:30–13:15');
    expect(mail.text).toContain(`Streamlink: ${STREAM}`);
    expect(mail.html).toContain(`<a href="${STREAM}">`);
    expect(mail.calendar?.method).toBe('REQUEST');
    const invite = readIcs(mail.calendar!.ics);
    expect(invite.method).toBe('REQUEST');
    expect(invite.events.map((event) => event.uid)).toEqual([`event-${calendarEvent().id}@satelliet`]);
    expect(invite.events[0].attendees).toEqual([`mailto:${contact.email}`]);
    expect(mail.text).toContain('De uitnodiging voor de technische test komt in een aparte mail');
  });

  it('stuurt het testmoment als eigen uitnodiging in een eigen mail, met zijn eigen SEQUENCE', () => {
    const request = testSlotInviteMail(signOn({ sequence: 4 }), 'REQUEST');
    expect(request.subject).toBe('Technische test: Bartje en de Beiaard op zo 24 sep 2023, 14:00');
    expect(request.text).toContain('zo 24 sep 2023, 12:30–13:15');
    expect(request.calendar?.method).toBe('REQUEST');
    expect(readIcs(request.calendar!.ics).events.map((event) => [event.uid, event.sequence, event.status])).toEqual([
      [`test-${calendarEvent().id}@satelliet`, 4, 'CONFIRMED'],
    ]);
    const cancel = testSlotInviteMail(signOn({ sequence: 5 }), 'CANCEL');
    expect(cancel.subject).toMatch(/^Technische test vervalt: /);
    expect(readIcs(cancel.calendar!.ics).events.map((event) => [event.sequence, event.status])).toEqual([[5, 'CANCELLED']]);
  });

  it('zet op de wachtlijst met de plaats, zonder uitnodiging of streamlink', () => {
    const mail = waitingListMail({ ...signOn(), position: 3 });
    expect(mail.subject).toBe('Wachtlijst: Bartje en de Beiaard op zo 24 sep 2023, 14:00');
    expect(mail.text).toContain('plaats 3 van de wachtlijst');
    expect(mail.calendar).toBeUndefined();
    expect(everywhere(mail)).not.toContain(STREAM);
  });

  it('weigert een wachtlijstplaats onder 1', () => {
    expect(() => waitingListMail({ ...signOn(), position: 0 })).toThrow(RangeError);
  });

  it('laat doorschuiven van de wachtlijst met een REQUEST en de streamlink', () => {
    const mail = promotionMail(signOn({ sequence: 2 }));
    expect(mail.subject).toMatch(/^Er is plaats: /);
    expect(mail.text).toContain(STREAM);
    expect(readIcs(mail.calendar!.ics).events[0].sequence).toBe(2);
  });

  it('annuleert een intekening met een CANCEL zonder streamlink', () => {
    const mail = signOnCancelledMail(signOn({ sequence: 1 }));
    expect(mail.subject).toBe('Intekening geannuleerd: Bartje en de Beiaard op zo 24 sep 2023, 14:00');
    expect(mail.calendar?.method).toBe('CANCEL');
    expect(readIcs(mail.calendar!.ics).events.map((event) => event.status)).toEqual(['CANCELLED']);
    expect(everywhere(mail)).not.toContain(STREAM);
  });
});

describe('mails over een gewijzigde of geannuleerde voorstelling', () => {
  const previous = {
    startsAt: new Date('2023-09-24T12:00:00Z'),
    endsAt: new Date('2023-09-24T13:30:00Z'),
    launchCentreName: 'CC Brugge',
    launchCentreMunicipality: 'Brugge',
  };

  it('meldt een verplaatsing met oud en nieuw tijdstip en een hogere SEQUENCE', () => {
    const moved = calendarEvent({ startsAt: new Date('2023-10-01T13:00:00Z'), endsAt: new Date('2023-10-01T14:30:00Z') });
    const mail = eventMovedMail({ ...signOn({ event: moved, sequence: 1 }), previous });
    expect(mail.subject).toBe('Gewijzigd: Bartje en de Beiaard op zo 1 okt 2023, 15:00');
    expect(mail.text).toContain('nu zo 1 okt 2023, 15:00–16:30 (was zo 24 sep 2023, 14:00–15:30)');
    expect(mail.text).not.toContain('vanuit CC Brugge (Brugge), niet meer');
    expect(mail.calendar?.method).toBe('REQUEST');
    expect(readIcs(mail.calendar!.ics).events[0]).toMatchObject({ sequence: 1, localStart: '2023-10-01T15:00:00' });
  });

  it('meldt een ander lanceercentrum', () => {
    const moved = calendarEvent({ launchCentreName: 'CC Het Perron', launchCentreMunicipality: 'Ieper' });
    const mail = eventMovedMail({ ...signOn({ event: moved, sequence: 1 }), previous });
    expect(mail.text).toContain('nu vanuit CC Het Perron (Ieper), niet meer vanuit CC Brugge (Brugge)');
    expect(mail.text).not.toContain('(was ');
  });

  it('annuleert de voorstelling met reden en een CANCEL', () => {
    const mail = eventCancelledMail({ ...signOn({ sequence: 3 }), reason: 'De artiest is ziek.' });
    expect(mail.subject).toBe('Geannuleerd: Bartje en de Beiaard op zo 24 sep 2023, 14:00');
    expect(mail.text).toContain('Reden: De artiest is ziek.');
    expect(readIcs(mail.calendar!.ics)).toMatchObject({ method: 'CANCEL' });
    expect(everywhere(mail)).not.toContain(STREAM);
  });

  it('laat de reden weg als er geen is', () => {
    expect(eventCancelledMail({ ...signOn(), reason: '  ' }).text).not.toContain('Reden');
  });

  it('nodigt vroegere satellieten uit om voor de nieuwe datum opnieuw in te tekenen', () => {
    const mail = newDateInvitationMail({
      contact,
      organisationName: 'WZC De Zonnebloem',
      cancelledEvent: { title: "C'est ma vie", startsAt: new Date('2023-11-06T13:00:00Z') },
      newEvent: calendarEvent({
        title: "C'est ma vie",
        startsAt: new Date('2024-03-31T12:00:00Z'),
        endsAt: new Date('2024-03-31T13:30:00Z'),
      }),
      signOnUrl: 'https://satelliet.example/intekenen/abc123',
      priorityUntil: new Date('2024-02-01T22:59:00Z'),
    });
    expect(mail.subject).toBe("Nieuwe datum: C'est ma vie op zo 31 mrt 2024, 14:00");
    expect(mail.text).toContain('van ma 6 nov 2023, 14:00 ging niet door');
    expect(mail.text).toContain('tot do 1 feb 2024, 23:59');
    expect(mail.text).toContain('Opnieuw intekenen: https://satelliet.example/intekenen/abc123');
    expect(mail.html).toContain('C&#39;est ma vie');
    expect(mail.calendar).toBeUndefined();
    expect(everywhere(mail)).not.toContain(STREAM);
  });
});

describe('herinneringen', () => {
  it.each([
    [7 as const, 'Nog een week: Bartje en de Beiaard', 'over een week'],
    [1 as const, 'Morgen: Bartje en de Beiaard', 'morgen'],
  ])('%i dag(en) voor het begin, met streamlink en testmoment, zonder nieuwe uitnodiging', (daysBefore, subject, when) => {
    const mail = reminderMail({ ...signOn(), daysBefore });
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(`komt ${when} naar WZC De Zonnebloem`);
    expect(mail.text).toContain('technische test op zo 24 sep 2023, 12:30–13:15');
    expect(mail.text).toContain(`Streamlink: ${STREAM}`);
    expect(mail.calendar).toBeUndefined();
  });

  it('zegt het als er geen testmoment is', () => {
    const mail = reminderMail({
      ...signOn({ event: calendarEvent({ testSlotStartsAt: null, testSlotEndsAt: null }) }),
      daysBefore: 1,
    });
    expect(mail.text).toContain('geen technische test gepland');
  });
});

describe('uitnodiging van een cultuurhuis', () => {
  const invitation = (overrides = {}) =>
    cultureHouseInvitationMail({
      contact,
      careCentreName: 'WZC De Zonnebloem',
      cultureHouseName: 'CC De Spil',
      event: calendarEvent(),
      acceptUrl: 'https://satelliet.example/uitnodigingen/xyz/aannemen',
      careCentreShare: { amountCents: 2500, vatRatePercent: 6 },
      personalMessage: 'Tot dan!',
      ...overrides,
    });

  it('vraagt de zorgpartner om aan te nemen, met de bijdrage en zonder streamlink', () => {
    const mail = invitation();
    expect(mail.subject).toBe('Uitnodiging van CC De Spil: Bartje en de Beiaard op zo 24 sep 2023, 14:00');
    expect(mail.text).toContain('een bijdrage van €\u00A025,00 exclusief 6% btw');
    expect(mail.text).toContain('Bericht van CC De Spil:\nTot dan!');
    expect(mail.html).toContain('<a href="https://satelliet.example/uitnodigingen/xyz/aannemen">Uitnodiging aannemen</a>');
    expect(mail.calendar).toBeUndefined();
    expect(everywhere(mail)).not.toContain(STREAM);
  });

  it('zegt het als het cultuurhuis alles betaalt', () => {
    expect(invitation({ careCentreShare: null, personalMessage: null }).text).toContain('CC De Spil neemt de kosten');
  });

  it('ontsnapt wat gebruikers typten in de HTML, maar niet in de tekst', () => {
    const mail = invitation({
      cultureHouseName: 'CC "De Spil" & co',
      personalMessage: '<script>alert(1)</script>\nTot <b>dan</b>',
      event: calendarEvent({ title: '<img src=x onerror=alert(1)>' }),
    });
    expect(mail.html).not.toMatch(/<script|<img|<b>/);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;<br>');
    expect(mail.html).toContain('CC &quot;De Spil&quot; &amp; co');
    expect(mail.html).toContain('<title>Uitnodiging van CC &quot;De Spil&quot; &amp; co: &lt;img');
    expect(mail.text).toContain('<script>alert(1)</script>');
  });
});

describe('betalingsherinnering voor een factuur', () => {
  const reminder = (payUrl: string | null) =>
    invoiceReminderMail({
      contact,
      organisationName: 'WZC De Zonnebloem',
      invoiceNumber: 'F2023-0042',
      openAmountCents: 123450,
      dueDate: '2023-10-31',
      iban: 'BE68 5390 0754 7034',
      structuredCommunication: '+++090/9337/55493+++',
      payUrl,
    });

  it('noemt bedrag, vervaldag, rekening en mededeling', () => {
    const mail = reminder(null);
    expect(mail.subject).toBe('Herinnering: factuur F2023-0042 staat nog open');
    expect(mail.text).toContain('De vervaldag was di 31 okt 2023.');
    expect(mail.text).toContain('Te betalen: €\u00A01.234,50');
    expect(mail.text).toContain('Mededeling: +++090/9337/55493+++');
    expect(mail.text).not.toContain('Online betalen');
  });

  it('biedt online betalen aan als dat kan', () => {
    expect(reminder('https://pay.example/abc').html).toContain('<a href="https://pay.example/abc">Online betalen</a>');
  });
});
