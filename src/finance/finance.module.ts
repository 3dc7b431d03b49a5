import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BudgetYearRecord } from './entities/budget-year.entity.js';
import { EventClosingRecord } from './entities/event-closing.entity.js';
import { EventPlanRecord } from './entities/event-plan.entity.js';
import { FinanceCorrectionRecord } from './entities/finance-correction.entity.js';
import { UncoveredDeficitRecord } from './entities/uncovered-deficit.entity.js';
import { CostLineRecord } from './entities/cost-line.entity.js';
import { OtherIncomeRecord } from './entities/other-income.entity.js';
import { PrincipleDecisionRecord } from './entities/principle-decision.entity.js';
import { FinanceController } from './finance.controller.js';
import { FinanceRepository } from './finance.repository.js';
import { FinanceLedgerService } from './finance-ledger.service.js';
import { FinanceViewsService } from './finance-views.service.js';
import { PublishGuard } from './publish-guard.service.js';

/** Break-even planning. It must not import EventsModule: EventsModule imports this one for PublishGuard. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CostLineRecord,
      OtherIncomeRecord,
      BudgetYearRecord,
      PrincipleDecisionRecord,
      EventPlanRecord,
      EventClosingRecord,
      FinanceCorrectionRecord,
      UncoveredDeficitRecord,
    ]),
  ],
  controllers: [FinanceController],
  providers: [FinanceRepository, FinanceViewsService, FinanceLedgerService, PublishGuard],
  exports: [PublishGuard, FinanceViewsService, FinanceLedgerService],
})
export class FinanceModule {}
