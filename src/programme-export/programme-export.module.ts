import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { ProgrammeExportController } from './programme-export.controller.js';
import { ProgrammeExportService } from './programme-export.service.js';

/** The season programme as a printable PDF and as a newsletter fragment. */
@Module({
  imports: [EventsModule],
  controllers: [ProgrammeExportController],
  providers: [ProgrammeExportService],
  exports: [ProgrammeExportService],
})
export class ProgrammeExportModule {}
