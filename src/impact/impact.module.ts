import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FinanceModule } from '../finance/finance.module.js';
import { MailModule } from '../mail/mail.module.js';
import { ImpactController } from './impact.controller.js';
import { ImpactService } from './impact.service.js';
import { StreamFeedback } from './entities/stream-feedback.entity.js';
import { StreamReport } from './entities/stream-report.entity.js';
import { FeedbackController } from './feedback.controller.js';
import { FeedbackService } from './feedback.service.js';
import { StreamReportAccessGuard } from './stream-report-access.guard.js';
import { StreamReportsController } from './stream-reports.controller.js';
import { StreamReportsService } from './stream-reports.service.js';

/** What a stream achieved: the satellites' feedback, the launch centre's notes, and the event's impact figures. */
@Module({
  imports: [TypeOrmModule.forFeature([StreamFeedback, StreamReport]), MailModule, FinanceModule],
  controllers: [FeedbackController, StreamReportsController, ImpactController],
  providers: [FeedbackService, StreamReportsService, StreamReportAccessGuard, ImpactService],
  exports: [FeedbackService, StreamReportsService, ImpactService],
})
export class ImpactModule {}
