import { escapeHtml } from '../mail/mail-content.js';
import type { ProgrammeEntry, SeasonProgramme } from './programme-entries.js';

/**
 * The season programme as an HTML fragment to paste into a mail newsletter. Outlook (Word's
 * renderer) and old phone mail apps drop style sheets, classes and scripts and lay out only
 * tables reliably: so one table per event, every style inline, no images, no script.
 */
const FONT = 'font-family:Arial,Helvetica,sans-serif;color:#1b1b1f;';
const TABLE = 'width:100%;max-width:600px;border-collapse:collapse;';

function entryTable(entry: ProgrammeEntry): string {
  const line = (text: string, style: string) => `<tr><td style="${FONT}${style}">${text}</td></tr>`;
  return [
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${TABLE}margin:0 0 16px 0;border-top:2px solid #0b5394;">`,
    line(
      escapeHtml(entry.title) + (entry.note ? ` (${escapeHtml(entry.note)})` : ''),
      'font-size:18px;font-weight:bold;padding:8px 0 2px 0;',
    ),
    entry.performers ? line(escapeHtml(entry.performers), 'font-size:15px;padding:0 0 4px 0;') : '',
    line(`<strong>Wanneer:</strong> ${escapeHtml(entry.when)}`, 'font-size:15px;padding:2px 0;'),
    line(`<strong>Lanceercentrum:</strong> ${escapeHtml(entry.launchCentre)}`, 'font-size:15px;padding:2px 0;'),
    line(
      `<a href="${escapeHtml(entry.link)}" style="color:#0b5394;font-weight:bold;text-decoration:underline;">${escapeHtml(entry.linkLabel)}</a>` +
        ` <span style="font-size:13px;color:#444444;">${escapeHtml(entry.link)}</span>`,
      'font-size:15px;padding:4px 0 8px 0;word-break:break-all;',
    ),
    '</table>',
  ].join('\n');
}

export function renderProgrammeHtml(programme: SeasonProgramme): string {
  const heading = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${TABLE}"><tr><td style="${FONT}font-size:22px;font-weight:bold;padding:0 0 12px 0;">${escapeHtml(programme.seasonName)}: het programma</td></tr></table>`;
  const body =
    programme.entries.length === 0
      ? `<p style="${FONT}font-size:15px;">Er staan nog geen voorstellingen op het programma.</p>`
      : programme.entries.map(entryTable).join('\n');
  return `<!-- Satelliet: programma ${escapeHtml(programme.seasonName)} -->\n${heading}\n${body}\n`;
}
