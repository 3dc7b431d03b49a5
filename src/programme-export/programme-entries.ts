import { formatDutchPeriod } from '../common/format/dutch-format.js';
import type { ProgrammeEvent } from '../events/programme-sql.js';
import { EventStatus } from '../events/event-status.js';

/** One event of a season programme as a newsletter prints it: every piece is plain text or an absolute link. */
export interface ProgrammeEntry {
  title: string;
  performers: string;
  /** "zo 24 sep 2023, 14:00–15:30", in Belgian time. */
  when: string;
  launchCentre: string;
  /** Where a reader signs on, or for a show that is over or cancelled, its page. */
  link: string;
  linkLabel: string;
  /** "Afgelast" or "Al gestreamd"; empty for a show one can still sign on to. */
  note: string;
}

export interface SeasonProgramme {
  seasonName: string;
  entries: ProgrammeEntry[];
}

/** A mail client resolves no relative link: every address starts with PUBLIC_BASE_URL. */
export function programmeEntry(event: ProgrammeEvent, publicBaseUrl: string): ProgrammeEntry {
  const base = `${publicBaseUrl.replace(/\/$/, '')}/programma/${event.id}`;
  const open = event.status === EventStatus.Published;
  return {
    title: event.title,
    performers: event.performers.join(', '),
    when: formatDutchPeriod(event.startsAt, event.endsAt),
    launchCentre: `${event.launchCentre.name}, ${event.launchCentre.municipality}`,
    link: open ? `${base}/intekenen` : base,
    linkLabel: open ? 'Inschrijven' : 'Meer informatie',
    note: event.status === EventStatus.Cancelled ? 'Afgelast' : event.status === EventStatus.Streamed ? 'Al gestreamd' : '',
  };
}
