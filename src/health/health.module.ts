import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { ParkedMessagesController } from './parked-messages.controller.js';

@Module({ imports: [TerminusModule], controllers: [HealthController, ParkedMessagesController] })
export class HealthModule {}
