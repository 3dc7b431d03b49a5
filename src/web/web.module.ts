import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AccountsModule } from '../accounts/accounts.module.js';
import { EventsModule } from '../events/events.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module.js';
import { SelfServiceModule } from '../accounts/self-service/self-service.module.js';
import { AccountPagesController } from './account-pages.controller.js';
import { AccountSelfServicePagesController } from './account-self-service-pages.controller.js';
import { CalendarModule } from '../calendar/calendar.module.js';
import { FinanceModule } from '../finance/finance.module.js';
import { InvoicingModule } from '../invoicing/invoicing.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { AdminCallPagesController } from './admin-call-pages.controller.js';
import { AdminEventPagesController } from './admin-event-pages.controller.js';
import { AdminMessagePagesController } from './admin-message-pages.controller.js';
import { AdminNewDatePagesController } from './admin-new-date-pages.controller.js';
import { AdminOperatorPagesController } from './admin-operator-pages.controller.js';
import { AdminSeasonPagesController } from './admin-season-pages.controller.js';
import { AdminUserPagesController } from './admin-user-pages.controller.js';
import { BillingPagesController } from './billing-pages.controller.js';
import { CalendarPagesController } from './calendar-pages.controller.js';
import { FeedbackPagesController } from './feedback-pages.controller.js';
import { LaunchCentrePagesController } from './launch-centre-pages.controller.js';
import { ImpactModule } from '../impact/impact.module.js';
import { CallPagesController } from './call-pages.controller.js';
import { FinanceProposalPagesController } from './finance-proposal-pages.controller.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { FinanceAuditPagesController } from './finance-audit-pages.controller.js';
import { FinancePaymentReviewPagesController } from './finance-payment-review-pages.controller.js';
import { FinanceEventPagesController } from './finance-event-pages.controller.js';
import { FinancePagesController } from './finance-pages.controller.js';
import { FinanceScenarioPagesController } from './finance-scenario-pages.controller.js';
import { InvitationPagesController } from './invitation-pages.controller.js';
import { MyInvitationsPagesController } from './my-invitations-pages.controller.js';
import { PrivacyModule } from '../privacy/privacy.module.js';
import { PrivacyPagesController } from './privacy-pages.controller.js';
import { PublicPagesController } from './public-pages.controller.js';
import { SignOnPagesController } from './sign-on-pages.controller.js';
import { RepeatedFormInterceptor } from './repeated-form.interceptor.js';
import { WebSession } from './web-session.js';
import { YearReportModule } from '../year-report/year-report.module.js';
import { ProgrammeExportModule } from '../programme-export/programme-export.module.js';
import { YearReportPagesController } from './year-report-pages.controller.js';

/** The Dutch pages for people, outside /api; the API modules keep every rule. */
@Module({
  imports: [
    AccountsModule,
    SelfServiceModule,
    EventsModule,
    OrganisationsModule,
    SubscriptionsModule,
    CalendarModule,
    FinanceModule,
    InvoicingModule,
    PaymentsModule,
    PrivacyModule,
    YearReportModule,
    ProgrammeExportModule,
    ImpactModule,
    ProposalsModule,
  ],
  controllers: [
    PublicPagesController,
    AccountPagesController,
    AccountSelfServicePagesController,
    SignOnPagesController,
    InvitationPagesController,
    MyInvitationsPagesController,
    AdminEventPagesController,
    AdminNewDatePagesController,
    AdminSeasonPagesController,
    YearReportPagesController,
    AdminCallPagesController,
    CallPagesController,
    FinanceProposalPagesController,
    AdminMessagePagesController,
    AdminUserPagesController,
    AdminOperatorPagesController,
    CalendarPagesController,
    FinancePagesController,
    FinanceEventPagesController,
    FinanceScenarioPagesController,
    FinanceAuditPagesController,
    FinancePaymentReviewPagesController,
    BillingPagesController,
    PrivacyPagesController,
    FeedbackPagesController,
    LaunchCentrePagesController,
  ],
  providers: [WebSession, { provide: APP_INTERCEPTOR, useClass: RepeatedFormInterceptor }],
})
export class WebModule {}
