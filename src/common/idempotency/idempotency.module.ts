import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { OutboxHandlerRun } from '../outbox/outbox-handler-run.entity.js';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { OutboxRelay } from '../outbox/outbox-relay.js';
import { ParkedMessages } from '../outbox/parked-messages.js';
import { IdempotencyKey } from './idempotency-key.entity.js';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';

/** Idempotency keys, the outbox and the audit trail: plumbing every capability shares. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([IdempotencyKey, OutboxMessage, OutboxHandlerRun, AuditEntry])],
  providers: [{ provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }, OutboxRelay, ParkedMessages],
  exports: [OutboxRelay, ParkedMessages],
})
export class IdempotencyModule {}
