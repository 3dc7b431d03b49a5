import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { RequestWithUser } from '../accounts/access.decorators.js';
import { StreamReportsService } from './stream-reports.service.js';

/**
 * Decides who may touch a stream's notes before the body is read, so someone else gets a 403
 * whatever they send, never a validation answer about a form that is not theirs.
 */
@Injectable()
export class StreamReportAccessGuard implements CanActivate {
  constructor(private readonly reports: StreamReportsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<RequestWithUser & { params: { id?: string } }>();
    // Only on routes marked @Authenticated, so there is a user.
    await this.reports.assertAccess(request.params.id ?? '', request.user!);
    return true;
  }
}
