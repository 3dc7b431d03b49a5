import { Module } from '@nestjs/common';
import { FinanceModule } from '../finance/finance.module.js';
import { YearReportController } from './year-report.controller.js';
import { YearReportRepository } from './year-report.repository.js';
import { YearReportService } from './year-report.service.js';

/** The year in figures (jaarverslag): participation, viewers, satisfaction and money against the year before. */
@Module({
  imports: [FinanceModule],
  controllers: [YearReportController],
  providers: [YearReportRepository, YearReportService],
  exports: [YearReportService],
})
export class YearReportModule {}
