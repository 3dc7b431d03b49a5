import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AccountsModule } from './accounts/accounts.module.js';
import { SelfServiceModule } from './accounts/self-service/self-service.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import type { AppConfig } from './common/config/app-config.js';
import { AppConfigModule } from './common/config/app-config.module.js';
import { DatabaseModule } from './common/database/database.module.js';
import { PageOrProblemFilter } from './web/page-or-problem.filter.js';
import { createValidationPipe } from './common/http/validation-pipe.js';
import { IdempotencyModule } from './common/idempotency/idempotency.module.js';
import { RateLimitModule } from './common/rate-limit/rate-limit.module.js';
import { EventsModule } from './events/events.module.js';
import { FinanceModule } from './finance/finance.module.js';
import { HealthModule } from './health/health.module.js';
import { ImpactModule } from './impact/impact.module.js';
import { MailModule } from './mail/mail.module.js';
import { RetentionModule } from './common/retention/retention.module.js';
import { InvoicingModule } from './invoicing/invoicing.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { PaymentsModule } from './payments/payments.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { ProposalsModule } from './proposals/proposals.module.js';
import { SubscriptionsModule } from './subscriptions/subscriptions.module.js';
import { WebModule } from './web/web.module.js';
import { YearReportModule } from './year-report/year-report.module.js';
import { ProgrammeExportModule } from './programme-export/programme-export.module.js';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Request ids come from the caller when it sends a sane one, else a fresh uuid; logs and problems carry it. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
}

@Module({})
export class AppModule {
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.register(config),
        DatabaseModule.forUrl(databaseUrl),
        RateLimitModule,
        IdempotencyModule,
        HealthModule,
        OrganisationsModule,
        AccountsModule,
        SelfServiceModule,
        EventsModule,
        SubscriptionsModule,
        PaymentsModule,
        InvoicingModule,
        FinanceModule,
        YearReportModule,
        ProgrammeExportModule,
        WebModule,
        CalendarModule,
        MailModule,
        ImpactModule,
        PrivacyModule,
        RetentionModule,
        ProposalsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: PageOrProblemFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
