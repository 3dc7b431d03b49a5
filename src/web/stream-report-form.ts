import type { StreamReportView } from '../impact/dto/stream-report.dto.js';
import type { FormErrors, FormField, FormValues } from './form-fields.js';
import { brusselsLocalToIso, isoToBrusselsLocal } from './form-values.js';

/** The launch centre's notes, in Belgian time; the stream ends on the day it began. */
export const STREAM_REPORT_FIELDS: readonly FormField[] = [
  { name: 'date', label: 'Datum van de stream', help: 'Ingevuld met de geplande dag.', type: 'date' },
  { name: 'startTime', label: 'Werkelijk begonnen om', help: 'Belgische tijd, bv. 14:04.', type: 'time' },
  { name: 'endTime', label: 'Werkelijk geëindigd om', help: 'Belgische tijd, dezelfde dag.', type: 'time' },
  {
    name: 'technicalIncidents',
    label: 'Technische incidenten',
    help: 'Wat liep er mis, wanneer en hoe lang? Bv. "Geluid viel 2 minuten weg na de pauze." Leeg laten als alles goed ging.',
    type: 'textarea',
    optional: true,
  },
];

export const STREAM_REPORT_ALIASES: Record<string, string> = { actualStart: 'startTime', actualEnd: 'endTime' };

/** The body StreamReportDto validates, or the times that are not a real Belgian date and time. */
export function streamReportBody(values: FormValues): { body: Record<string, unknown>; errors: FormErrors } {
  const errors: FormErrors = {};
  const instant = (time: string, field: string) => {
    const iso = brusselsLocalToIso(values.date, time);
    if (iso === null && values.date.trim() !== '' && time.trim() !== '') errors[field] = 'Vul een bestaande tijd in, bv. 14:04.';
    return iso;
  };
  return {
    body: {
      actualStart: instant(values.startTime, 'startTime'),
      actualEnd: instant(values.endTime, 'endTime'),
      technicalIncidents: values.technicalIncidents,
    },
    errors,
  };
}

/** The saved notes, or the planned times to correct when there are none yet. */
export function streamReportValues(report: StreamReportView): FormValues {
  const start = isoToBrusselsLocal(new Date(report.actualStart ?? report.scheduledStart).toISOString());
  const end = isoToBrusselsLocal(new Date(report.actualEnd ?? report.scheduledEnd).toISOString());
  return { date: start.date, startTime: start.time, endTime: end.time, technicalIncidents: report.technicalIncidents };
}
