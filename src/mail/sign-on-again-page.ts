import type { CalendarEvent } from '../calendar/calendar-event.js';
import { formatDutchDateTime, formatDutchPeriod } from '../common/format/dutch-format.js';
import { SubscriptionStatus } from '../subscriptions/subscription-status.js';
import { escapeHtml } from './mail-content.js';

export type SignOnAgainPage =
  | { kind: 'offer'; token: string; organisationName: string; event: CalendarEvent; priorityUntil: Date | null }
  | { kind: 'done'; organisationName: string; event: CalendarEvent; status: SubscriptionStatus; alreadySignedOn: boolean }
  | { kind: 'refused'; detail: string };

const STATUS_TEXT: Record<SubscriptionStatus, string> = {
  [SubscriptionStatus.Confirmed]: 'is ingetekend. De bevestiging met de agenda-uitnodiging komt per mail.',
  [SubscriptionStatus.PendingPayment]: 'houdt een plaats vast. Rond de online betaling af via uw intekeningen.',
  [SubscriptionStatus.Waitlisted]: 'staat op de wachtlijst. Komt er een plaats vrij, dan krijgt u een mail.',
  [SubscriptionStatus.Cancelled]: 'is niet meer ingetekend.',
  [SubscriptionStatus.Expired]: 'is niet meer ingetekend.',
};

const facts = (event: CalendarEvent) =>
  `<dl class="facts"><dt>Voorstelling</dt><dd>${escapeHtml(event.title)}</dd>` +
  `<dt>Wanneer</dt><dd>${escapeHtml(formatDutchPeriod(event.startsAt, event.endsAt))} <span class="help">(Belgische tijd)</span></dd>` +
  `<dt>Vanuit</dt><dd>${escapeHtml(`${event.launchCentreName}, ${event.launchCentreMunicipality}`)}</dd></dl>`;

function body(page: SignOnAgainPage): { title: string; html: string } {
  switch (page.kind) {
    case 'offer':
      return {
        title: 'Opnieuw intekenen',
        html: [
          `<h1>Opnieuw intekenen voor ${escapeHtml(page.event.title)}</h1>`,
          `<p class="lead">De voorstelling waarvoor ${escapeHtml(page.organisationName)} ingetekend had, ging niet door. Dit is de nieuwe datum.</p>`,
          facts(page.event),
          page.priorityUntil
            ? `<p>Tot ${escapeHtml(formatDutchDateTime(page.priorityUntil))} gaat u voor op iedereen die nog niet ingetekend had.</p>`
            : '',
          '<p>We gebruiken dezelfde contactpersoon en gegevens als bij uw vorige intekening.</p>',
          `<form method="post" action="/opnieuw-intekenen/${encodeURIComponent(page.token)}">`,
          '<button type="submit" class="button">Opnieuw intekenen</button>',
          '</form>',
        ].join('\n'),
      };
    case 'done':
      return {
        title: page.alreadySignedOn ? 'Al ingetekend' : 'Opnieuw ingetekend',
        html: [
          `<h1>${page.alreadySignedOn ? 'U was al ingetekend' : 'Opnieuw ingetekend'}</h1>`,
          `<p class="notice" role="status">${escapeHtml(page.organisationName)} ${escapeHtml(STATUS_TEXT[page.status])}</p>`,
          facts(page.event),
          '<p><a href="/mijn/intekeningen">Naar mijn intekeningen</a></p>',
        ].join('\n'),
      };
    case 'refused':
      return {
        title: 'Opnieuw intekenen lukt niet',
        html: [
          '<h1>Opnieuw intekenen lukt niet</h1>',
          `<p class="notice notice-warning" role="alert">${escapeHtml(page.detail)}</p>`,
          '<p><a href="/programma">Naar het programma</a></p>',
        ].join('\n'),
      };
  }
}

/** A page of its own, with the site's stylesheet: the link works without being signed in. */
export function renderSignOnAgainPage(page: SignOnAgainPage): string {
  const { title, html } = body(page);
  return [
    '<!doctype html>',
    '<html lang="nl-BE">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} · Satelliet</title>`,
    '<link rel="stylesheet" href="/static/site.css">',
    '</head>',
    '<body>',
    '<header class="site-header"><div class="wrap header-row"><a class="brand" href="/programma">Satelliet</a></div></header>',
    '<main id="inhoud" class="wrap">',
    html,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
