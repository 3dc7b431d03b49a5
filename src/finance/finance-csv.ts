import { formatDutchDate } from '../common/format/dutch-format.js';
import { toExcelCsv } from '../common/http/excel-csv.js';
import type { EventBudgetStatus } from './budget-year.js';
import type { DecisionReason } from './entities/principle-decision.entity.js';
import type { EventFinanceView, SeasonView, YearView } from './finance-views.service.js';

/** Excel in Dutch reads "1234,50" as a number; a euro sign or thousands dots would make it text. */
export function excelEuros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${(absolute - (absolute % 100)) / 100},${String(absolute % 100).padStart(2, '0')}`;
}

export const BUDGET_STATUS_NL: Record<EventBudgetStatus, string> = {
  break_even: 'break-even',
  deficit_covered: 'tekort gedekt door principebeslissing',
  deficit_needs_decision: 'tekort zonder beslissing',
  cancelled: 'afgelast (enkel gemaakte kosten)',
};

/** The reasons of a principle decision, as the decision form and the year report name them. */
export const DECISION_REASON_NL: Record<DecisionReason, string> = {
  social_relevance: 'Maatschappelijke relevantie',
  partner_satisfaction: 'Tevredenheid van partners',
  network: 'Netwerk',
  other: 'Andere reden',
};

const YEAR_STATUS_NL = { within_margin: 'binnen de marge', margin_exceeded: 'marge overschreden' } as const;

export function eventCsv(view: EventFinanceView): string {
  const rows = (['current', 'projected'] as const).map((which) => {
    const f = view[which];
    return [
      which === 'current' ? 'huidig' : 'prognose',
      f.satellitesByAudience.culture_house,
      f.satellitesByAudience.care_centre,
      excelEuros(f.revenueCents),
      excelEuros(f.fixedCostCents),
      excelEuros(f.satelliteCostCents),
      excelEuros(f.costCents),
      excelEuros(f.resultCents),
    ];
  });
  return toExcelCsv(
    [
      'Cijfer',
      'Cultuurhuizen',
      'Zorgcentra',
      'Opbrengst (EUR)',
      'Vaste kosten (EUR)',
      'Kosten per satelliet (EUR)',
      'Kosten (EUR)',
      'Resultaat (EUR)',
    ],
    rows,
  );
}

export function yearCsv(view: YearView): string {
  return toExcelCsv(yearHeader, yearRows(view));
}

export function seasonCsv(view: SeasonView): string {
  return toExcelCsv(yearHeader, view.budgetYears.flatMap(yearRows));
}

const yearHeader = [
  'Budgetjaar',
  'Datum',
  'Voorstelling',
  'Seizoen',
  'Resultaat (EUR)',
  'Prognose (EUR)',
  'Aanvaard tekort (EUR)',
  'Status',
];

function yearRows(view: YearView): (string | number)[][] {
  const events = view.events.map((line) => [
    view.year,
    formatDutchDate(line.startsAt),
    line.title,
    line.seasonCode,
    excelEuros(line.resultCents),
    excelEuros(line.projectedResultCents),
    line.acceptedDeficitCents === null ? '' : excelEuros(line.acceptedDeficitCents),
    BUDGET_STATUS_NL[line.status],
  ]);
  return [
    ...events,
    [
      view.year,
      '',
      'Totaal',
      '',
      excelEuros(view.current.resultCents),
      excelEuros(view.projected.resultCents),
      '',
      YEAR_STATUS_NL[view.projected.status],
    ],
    [view.year, '', 'Goedgekeurde marge', '', excelEuros(view.approvedMarginCents), '', '', ''],
    [
      view.year,
      '',
      'Nog beschikbaar',
      '',
      excelEuros(view.current.marginRemainingCents),
      excelEuros(view.projected.marginRemainingCents),
      '',
      '',
    ],
  ];
}
