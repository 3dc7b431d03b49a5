import type { InviteMethod } from '../calendar/invite-builder.js';

/** One mail, ready for the transport: plain text, HTML and, for invites, the iCalendar part. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
  calendar?: { method: InviteMethod; ics: string };
}

export interface MailDetail {
  label: string;
  value: string;
  /** Makes the value a link in the HTML part. */
  href?: string;
}

/** The parts every mail is made of, written once and rendered to both text and HTML. */
export interface MailBody {
  recipientName: string;
  paragraphs: string[];
  details?: MailDetail[];
  action?: { label: string; url: string };
}

export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

// Event titles, names and reasons are typed by users: every piece of text is escaped, links too.
const htmlParagraph = (text: string) => `<p>${escapeHtml(text).replace(/\n/g, '<br>\n')}</p>`;
const htmlLink = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;

const CLOSING = ['Met vriendelijke groeten,', 'Het Satelliet-team'];

function renderText(body: MailBody): string {
  const blocks = [`Beste ${body.recipientName},`, ...body.paragraphs];
  if (body.details?.length) blocks.push(body.details.map((detail) => `${detail.label}: ${detail.value}`).join('\n'));
  if (body.action) blocks.push(`${body.action.label}: ${body.action.url}`);
  blocks.push(CLOSING.join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

function renderHtml(subject: string, body: MailBody): string {
  const parts = [htmlParagraph(`Beste ${body.recipientName},`), ...body.paragraphs.map(htmlParagraph)];
  if (body.details?.length) {
    const rows = body.details.map(
      (detail) =>
        `<tr><th style="text-align:left;padding:2px 12px 2px 0;vertical-align:top">${escapeHtml(detail.label)}</th>` +
        `<td>${detail.href ? htmlLink(detail.href, detail.value) : escapeHtml(detail.value)}</td></tr>`,
    );
    parts.push(`<table>${rows.join('')}</table>`);
  }
  if (body.action) parts.push(`<p><strong>${htmlLink(body.action.url, body.action.label)}</strong></p>`);
  parts.push(htmlParagraph(CLOSING.join('\n')));
  return [
    '<!doctype html>',
    '<html lang="nl">',
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5">',
    ...parts,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function composeMail(subject: string, body: MailBody, calendar?: MailContent['calendar']): MailContent {
  return { subject, text: renderText(body), html: renderHtml(subject, body), ...(calendar && { calendar }) };
}
