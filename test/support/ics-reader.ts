import ICAL from 'ical.js';

export interface ReadVevent {
  uid: string;
  sequence: number;
  status: string | null;
  summary: string;
  location: string | null;
  description: string;
  tzid: string;
  /** Wall-clock time as the calendar shows it, "2023-09-24T14:00:00". */
  localStart: string;
  localEnd: string;
  utcStart: string;
  utcEnd: string;
  stamp: string;
  alarmTriggers: string[];
  organizer: string | null;
  attendees: string[];
}

export interface ReadCalendar {
  method: string | null;
  refreshInterval: string | null;
  publishedTtl: string | null;
  timezones: string[];
  events: ReadVevent[];
}

const text = (component: ICAL.Component, name: string) => {
  const value = component.getFirstPropertyValue(name);
  return value === null ? null : String(value);
};

// URI schemes are case-insensitive; ical-generator writes ATTENDEE as MAILTO: and ORGANIZER as mailto:.
const mailto = <T extends string | null>(uri: T): T => (uri === null ? uri : (uri.replace(/^mailto:/i, 'mailto:') as T));

/**
 * Reads an .ics with ical.js, a parser independent of the generator. Times are resolved with the
 * VTIMEZONE in the document itself, so a wrong zone block shows up as a wrong UTC instant.
 */
export function readIcs(ics: string): ReadCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const timezones = calendar.getAllSubcomponents('vtimezone').map((component) => {
    const zone = new ICAL.Timezone(component);
    if (!ICAL.TimezoneService.has(zone.tzid)) ICAL.TimezoneService.register(zone);
    return zone.tzid;
  });
  const events = calendar.getAllSubcomponents('vevent').map((component): ReadVevent => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: text(component, 'status'),
      summary: event.summary,
      location: event.location,
      description: event.description,
      tzid: event.startDate.zone?.tzid ?? 'floating',
      localStart: event.startDate.toString(),
      localEnd: event.endDate.toString(),
      utcStart: event.startDate.toJSDate().toISOString(),
      utcEnd: event.endDate.toJSDate().toISOString(),
      stamp: text(component, 'dtstamp') ?? '',
      alarmTriggers: component.getAllSubcomponents('valarm').map((alarm) => text(alarm, 'trigger') ?? ''),
      organizer: mailto(text(component, 'organizer')),
      attendees: event.attendees.map((attendee) => mailto(String(attendee.getFirstValue()))),
    };
  });
  return {
    method: text(calendar, 'method'),
    refreshInterval: text(calendar, 'refresh-interval'),
    publishedTtl: text(calendar, 'x-published-ttl'),
    timezones,
    events,
  };
}
