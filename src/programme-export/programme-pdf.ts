import { BOLD, LAST_LINE, LEFT, REGULAR, RIGHT, renderA4Pdf } from '../common/pdf/a4-pdf.js';
import type { SeasonProgramme } from './programme-entries.js';

const WIDTH = RIGHT - LEFT;
/** Room one event needs; a block that would not fit starts on the next page rather than splitting. */
const BLOCK_HEIGHT = 110;

/** The season programme as a printable A4 list: one block per event, its sign-on address written out. */
export function renderProgrammePdf(programme: SeasonProgramme): Promise<Buffer> {
  return renderA4Pdf(`Programma ${programme.seasonName}`, (pdf) => {
    pdf.font(BOLD).fontSize(20).text(`${programme.seasonName}: het programma`, LEFT, 50, { width: WIDTH });
    pdf
      .font(REGULAR)
      .fontSize(10)
      .fillColor('#555555')
      .text('Live voorstellingen voor bewoners van zorgcentra. Alle uren in Belgische tijd.');
    pdf.fillColor('black').moveDown(1);
    if (programme.entries.length === 0) pdf.fontSize(12).text('Er staan nog geen voorstellingen op het programma.');
    for (const entry of programme.entries) {
      if (pdf.y > LAST_LINE - BLOCK_HEIGHT) pdf.addPage();
      pdf
        .font(BOLD)
        .fontSize(14)
        .text(entry.note ? `${entry.title} (${entry.note})` : entry.title, LEFT, pdf.y, { width: WIDTH });
      pdf.font(REGULAR).fontSize(11);
      if (entry.performers) pdf.text(entry.performers, { width: WIDTH });
      pdf.text(`Wanneer: ${entry.when}`, { width: WIDTH });
      pdf.text(`Lanceercentrum: ${entry.launchCentre}`, { width: WIDTH });
      pdf.text(`${entry.linkLabel}:`, { width: WIDTH });
      // Smaller, so that the address someone may type over from paper stays on one line.
      pdf.fontSize(9).fillColor('#0b5394').text(entry.link, { width: WIDTH, link: entry.link });
      pdf.fillColor('black').moveDown(1);
    }
  });
}
