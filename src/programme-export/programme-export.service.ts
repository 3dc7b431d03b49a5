import { Injectable } from '@nestjs/common';
import { AppConfig } from '../common/config/app-config.js';
import type { RenderedDocument } from '../common/http/rendered-document.js';
import { PUBLIC_EVENT_STATUSES } from '../events/event-status.js';
import { EventsRepository } from '../events/events.repository.js';
import type { ProgrammeEvent } from '../events/programme-sql.js';
import { SeasonsService } from '../events/seasons.service.js';
import { programmeEntry, type SeasonProgramme } from './programme-entries.js';
import { renderProgrammeHtml } from './programme-html.js';
import { renderProgrammePdf } from './programme-pdf.js';

/** The most the programme query reads at once; a season holds far fewer events. */
const PAGE = 200;

/** A season's programme for print and for a newsletter: exactly the events the public programme shows. */
@Injectable()
export class ProgrammeExportService {
  constructor(
    private readonly config: AppConfig,
    private readonly seasons: SeasonsService,
    private readonly events: EventsRepository,
  ) {}

  async programme(code: string): Promise<SeasonProgramme> {
    const season = await this.seasons.get(code);
    const events: ProgrammeEvent[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const [page, total] = await this.events.list({ season: season.code, limit: PAGE, offset }, PUBLIC_EVENT_STATUSES);
      events.push(...page);
      if (events.length >= total || page.length === 0) break;
    }
    return { seasonName: season.name, entries: events.map((event) => programmeEntry(event, this.config.PUBLIC_BASE_URL)) };
  }

  async pdf(code: string): Promise<RenderedDocument> {
    return {
      fileName: `programma-${code}.pdf`,
      contentType: 'application/pdf',
      body: await renderProgrammePdf(await this.programme(code)),
    };
  }

  async html(code: string): Promise<RenderedDocument> {
    return {
      fileName: `programma-${code}.html`,
      contentType: 'text/html; charset=utf-8',
      body: renderProgrammeHtml(await this.programme(code)),
    };
  }
}
