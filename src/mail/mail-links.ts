import type { CalendarPerson } from '../calendar/calendar-event.js';
import type { AppConfig } from '../common/config/app-config.js';

const base = (config: AppConfig) => config.PUBLIC_BASE_URL.replace(/\/$/, '');

/** Where a contact manages the organisation's sign-ons. */
export const manageUrl = (config: AppConfig) => `${base(config)}/mijn`;

/** The same address InvitationsService hands the inviting culture house. */
export const invitationAcceptUrl = (config: AppConfig, token: string) => `${base(config)}/uitnodigingen/${token}`;

export const financeEventUrl = (config: AppConfig, eventId: string) => `${base(config)}/financien/voorstelling/${eventId}`;

export const signOnAgainUrl = (config: AppConfig, token: string) => `${base(config)}/opnieuw-intekenen/${token}`;

export const feedbackUrl = (config: AppConfig, token: string) => `${base(config)}/feedback/${token}`;

/** The operator as ORGANIZER of every invite: the sender of the mails, so replies reach the same box. */
export function organizerFrom(config: AppConfig): CalendarPerson {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(config.MAIL_FROM);
  return match ? { name: match[1] || 'Satelliet', email: match[2] } : { name: 'Satelliet', email: config.MAIL_FROM.trim() };
}
