import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxMessage } from '../outbox/outbox-message.entity.js';
import { OutboxRelay } from '../outbox/outbox-relay.js';
import { IdempotencyKey } from './idempotency-key.entity.js';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';

/** Idempotency keys and the outbox: request-level plumbing every capability shares. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([IdempotencyKey, OutboxMessage])],
  providers: [{ provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }, OutboxRelay],
  exports: [OutboxRelay],
})
export class IdempotencyModule {}
