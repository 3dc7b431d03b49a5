import { auditChanges, auditLine } from './audit-entries.js';

describe('het auditlogboek voor mensen', () => {
  it('toont alleen de velden die veranderden, met tijden in Brussel en bedragen in euro', () => {
    expect(
      auditChanges(
        { status: 'published', startsAt: '2023-11-06T13:00:00.000Z', careCentreTariffCents: 9500, updatedAt: 'x' },
        { status: 'published', startsAt: '2023-11-20T13:00:00.000Z', careCentreTariffCents: 12000, updatedAt: 'y' },
      ),
    ).toEqual([
      { field: 'begin', before: 'ma 6 nov 2023, 14:00', after: 'ma 20 nov 2023, 14:00' },
      { field: 'tarief zorgcentrum', before: '€\u00A095,00', after: '€\u00A0120,00' },
    ]);
  });

  it('toont een nieuw of geschrapt veld als leeg aan de andere kant', () => {
    expect(auditChanges(null, { label: 'Gage', basis: 'fixed', plannedCents: 400000 })).toEqual([
      { field: 'omschrijving', before: '–', after: 'Gage' },
      { field: 'grondslag', before: '–', after: 'Vast per voorstelling' },
      { field: 'gepland', before: '–', after: '€\u00A04.000,00' },
    ]);
  });

  it('zegt wie wat deed en over welke voorstelling, ook voor een kostenlijn', () => {
    const base = { id: '1', at: new Date('2026-11-30T08:00:00Z'), subjectId: 'e1', before: null };
    expect(
      auditLine({
        ...base,
        actorName: 'An Admin',
        action: 'event.cancelled',
        subjectType: 'event',
        after: { title: 'C’est ma vie' },
      }),
    ).toMatchObject({ who: 'An Admin', what: 'Voorstelling afgelast', about: 'C’est ma vie', eventId: 'e1' });
    expect(
      auditLine({
        ...base,
        actorName: null,
        action: 'cost_line.created',
        subjectType: 'cost_line',
        after: { eventId: 'e2', label: 'Gage' },
      }),
    ).toMatchObject({ who: 'het systeem', what: 'Kostenlijn toegevoegd', about: 'Gage', eventId: 'e2' });
  });
});
