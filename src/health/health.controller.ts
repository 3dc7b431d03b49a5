import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type HealthCheckResult, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { CommonProblems, ProblemException } from '../common/errors/problem.js';
import { OutboxRelay } from '../common/outbox/outbox-relay.js';

@ApiTags('beheer')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly outbox: OutboxRelay,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Leeft de app? (liveness)' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary:
      'Kan de app werken? Controleert de database en meldt outbox-berichten die na hun laatste poging vastzitten (readiness).',
  })
  async ready() {
    try {
      return await this.health.check([() => this.database.pingCheck('database', { timeout: 2000 }), () => this.outboxCheck()]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      // Terminus's answer says which check failed; it goes along in the problem+json.
      const result = error.getResponse() as HealthCheckResult;
      const detail =
        result.error?.database !== undefined
          ? 'De dienst is even niet beschikbaar (database onbereikbaar).'
          : 'Er zitten outbox-berichten vast na hun laatste poging; ze houden latere berichten van hun voorstelling tegen.';
      throw new ProblemException(CommonProblems.unavailable, detail, { checks: result.details });
    }
  }

  /** A parked message holds back its event's later mails and invites: someone must look at it. */
  private async outboxCheck() {
    const outbox = this.indicators.check('outbox');
    const parked = await this.outbox.parked();
    return parked.length === 0 ? outbox.up() : outbox.down({ parked });
  }
}
