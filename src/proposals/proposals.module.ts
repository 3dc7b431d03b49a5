import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module.js';
import { FinanceModule } from '../finance/finance.module.js';
import { MailModule } from '../mail/mail.module.js';
import { CallsController } from './calls.controller.js';
import { CallsService } from './calls.service.js';
import { Call } from './entities/call.entity.js';
import { ProposalCostLine } from './entities/proposal-cost-line.entity.js';
import { ProposalInterest } from './entities/proposal-interest.entity.js';
import { Proposal } from './entities/proposal.entity.js';
import { ProposalDecisionsService } from './proposal-decisions.service.js';
import { ProposalFinanceService } from './proposal-finance.service.js';
import { ProposalMailsHandler } from './proposal-mails.handler.js';
import { ProposalsController } from './proposals.controller.js';
import { ProposalsRepository } from './proposals.repository.js';
import { ProposalsService } from './proposals.service.js';

/** The call for the next season: calls, proposals, interest, their planned result, and the admin's decisions. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Call, Proposal, ProposalCostLine, ProposalInterest]),
    EventsModule,
    FinanceModule,
    MailModule,
  ],
  controllers: [CallsController, ProposalsController],
  providers: [
    CallsService,
    ProposalsService,
    ProposalsRepository,
    ProposalFinanceService,
    ProposalDecisionsService,
    ProposalMailsHandler,
  ],
  exports: [CallsService, ProposalsService, ProposalFinanceService, ProposalDecisionsService],
})
export class ProposalsModule {}
