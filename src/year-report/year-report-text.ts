import { formatDutchCount, formatDutchDate, formatDutchOneDecimal, formatEuroCents } from '../common/format/dutch-format.js';
import { DECISION_REASON_NL } from '../finance/finance-csv.js';
import { SATISFACTION_SCORES } from '../impact/feedback-summary.js';
import type { DecisionRow, Figure, YearReport } from './year-report.js';
import { comparisonWords, type Comparison } from './year-over-year.js';

export type LineUnit = 'count' | 'cents' | 'average';

/** One line of the report's table: this year, the year before, and the comparison in words. */
export interface YearReportLine {
  label: string;
  unit: LineUnit;
  /** Null when there is nothing to show (no answers yet, or nothing to compare with). */
  value: number | null;
  previous: number | null;
  comparison: string;
}

const FORMATS: Record<LineUnit, (value: number) => string> = {
  count: formatDutchCount,
  cents: formatEuroCents,
  average: formatDutchOneDecimal,
};

/** A line's number as the page and the PDF show it; empty when there is none. */
export function formatLineValue(unit: LineUnit, value: number | null): string {
  return value === null ? '' : FORMATS[unit](value);
}

/** ", hoger dan in 2022 (47)": the comparison and the number it compares with, or nothing. */
function against(comparison: Comparison | null, format: (value: number) => string = formatDutchCount): string {
  return comparison ? `, ${comparisonWords(comparison)} (${format(comparison.previous)})` : '';
}

const plural = (count: number, one: string, many: string) => `${formatDutchCount(count)} ${count === 1 ? one : many}`;

function partnerSentence(figure: YearReport['cultureHouses'], who: [string, string], previousYear: number): string {
  const count = `${plural(figure.value, ...who)} ${figure.value === 1 ? 'nam' : 'namen'} deel${against(figure.comparison)}.`;
  if (figure.returned === null || figure.new === null) return count;
  return `${count} ${formatDutchCount(figure.returned)} waren er in ${previousYear} ook bij, ${formatDutchCount(figure.new)} ${figure.new === 1 ? 'is' : 'zijn'} nieuw.`;
}

function reasonsInWords(decision: DecisionRow): string {
  const reasons = decision.reasons.map((reason) =>
    reason === 'other' && decision.otherReason ? decision.otherReason : DECISION_REASON_NL[reason].toLowerCase(),
  );
  return reasons.length > 1 ? `${reasons.slice(0, -1).join(', ')} en ${reasons[reasons.length - 1]}` : reasons.join('');
}

export function decisionSentence(decision: DecisionRow): string {
  return (
    `Voor ${decision.eventTitle} (${formatDutchDate(decision.eventStartsAt)}) werd een tekort van ` +
    `${formatEuroCents(decision.acceptedDeficitCents)} aanvaard (beslissing van ${decision.decidedBy}, ` +
    `${formatDutchDate(decision.decidedAt)}), om deze redenen: ${reasonsInWords(decision)}.`
  );
}

function financeSentence(report: YearReport): string {
  const finance = report.finance;
  if (!finance) return `Budgetjaar ${report.year} heeft geen voorstellingen en dus geen resultaat.`;
  const result = `${formatEuroCents(finance.resultCents)}${against(finance.comparison, formatEuroCents)}`;
  const opening = finance.final
    ? `Budgetjaar ${report.year} sluit af met een resultaat van ${result}.`
    : `Budgetjaar ${report.year} gaat naar een resultaat van ${result}; nog niet alle boeken zijn afgesloten.`;
  const margin = formatEuroCents(finance.approvedMarginCents);
  return finance.withinMargin
    ? `${opening} Dat blijft binnen de goedgekeurde marge van ${margin}: er is nog ${formatEuroCents(finance.marginRemainingCents)} ruimte.`
    : `${opening} Dat is ${formatEuroCents(-finance.marginRemainingCents)} voorbij de goedgekeurde marge van ${margin}.`;
}

function satisfactionSentence(report: YearReport): string {
  const { average, comparison, counts } = report.satisfaction;
  if (average === null) return 'Er is nog geen tevredenheid gemeld.';
  const answers = SATISFACTION_SCORES.reduce((total, score) => total + counts[score], 0);
  return (
    `De satellieten gaven gemiddeld ${formatDutchOneDecimal(average)} op 5 voor hun tevredenheid${against(comparison, formatDutchOneDecimal)}. ` +
    `${formatDutchCount(counts[4] + counts[5])} van de ${formatDutchCount(answers)} antwoorden gaven een 4 of een 5.`
  );
}

/** The year in short Dutch sentences that can be pasted into an annual report as they are. */
export function yearReportSentences(report: YearReport): string[] {
  const { year, previousYear } = report;
  const cancelled = report.streamsCancelled.value;
  return [
    `In ${year} ${report.streamsHeld.value === 1 ? 'ging' : 'gingen'} ${plural(report.streamsHeld.value, 'stream', 'streams')} door${against(report.streamsHeld.comparison)}. ` +
      `${cancelled === 0 ? 'Er werd geen stream afgelast' : `${plural(cancelled, 'stream werd', 'streams werden')} afgelast`}${against(report.streamsCancelled.comparison)}.`,
    partnerSentence(report.cultureHouses, ['cultuurpartner', 'cultuurpartners'], previousYear),
    partnerSentence(report.careCentres, ['zorgcentrum', 'zorgcentra'], previousYear),
    report.satellitesReported.value === 0
      ? 'Er kwam nog geen feedback van satellieten binnen.'
      : `${plural(report.satellitesReported.value, 'satelliet gaf', 'satellieten gaven')} feedback${against(report.satellitesReported.comparison)}. ` +
        `Samen meldden ze ${plural(report.viewers.value, 'kijker', 'kijkers')}${against(report.viewers.comparison)}.`,
    satisfactionSentence(report),
    financeSentence(report),
    ...report.decisions.map(decisionSentence),
  ];
}

function line(label: string, figure: Figure, unit: LineUnit = 'count'): YearReportLine {
  return {
    label,
    unit,
    value: figure.value,
    previous: figure.comparison ? figure.comparison.previous : null,
    comparison: comparisonWords(figure.comparison),
  };
}

/** A line without a comparison of its own, such as the part of a total that is new. */
const part = (label: string, value: number | null, unit: LineUnit = 'count'): YearReportLine => ({
  label,
  unit,
  value,
  previous: null,
  comparison: '',
});

/** The figures as a table: the same numbers as the sentences, one per line. */
export function yearReportLines(report: YearReport): YearReportLine[] {
  const { satisfaction, finance } = report;
  const lines = [
    line('Streams die doorgingen', report.streamsHeld),
    line('Afgelaste streams', report.streamsCancelled),
    line('Cultuurpartners', report.cultureHouses),
    part('… waarvan nieuw', report.cultureHouses.new),
    part('… waarvan teruggekeerd', report.cultureHouses.returned),
    line('Zorgcentra', report.careCentres),
    part('… waarvan nieuw', report.careCentres.new),
    part('… waarvan teruggekeerd', report.careCentres.returned),
    line('Gemelde kijkers', report.viewers),
    line('Satellieten die feedback gaven', report.satellitesReported),
    {
      label: 'Gemiddelde tevredenheid (1 tot 5)',
      unit: 'average' as const,
      value: satisfaction.average,
      previous: satisfaction.comparison ? satisfaction.comparison.previous : null,
      comparison: comparisonWords(satisfaction.comparison),
    },
    ...[...SATISFACTION_SCORES].reverse().map((score) => part(`… antwoorden met ${score}`, satisfaction.counts[score])),
  ];
  if (finance) {
    lines.push(
      line(
        finance.final ? 'Resultaat' : 'Verwacht resultaat',
        { value: finance.resultCents, comparison: finance.comparison },
        'cents',
      ),
      part('Goedgekeurde marge', finance.approvedMarginCents, 'cents'),
      part('Nog ruimte in de marge', finance.marginRemainingCents, 'cents'),
    );
  }
  return lines;
}
