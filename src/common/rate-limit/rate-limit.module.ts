import { Global, Module } from '@nestjs/common';
import { PgRateLimitStore } from './pg-rate-limit.store.js';
import { RateLimitGuard } from './rate-limit.guard.js';

@Global()
@Module({ providers: [PgRateLimitStore, RateLimitGuard], exports: [PgRateLimitStore, RateLimitGuard] })
export class RateLimitModule {}
