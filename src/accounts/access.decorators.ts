import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from './authenticated-user.js';
import type { Role } from './role.js';

export const ACCESS_KEY = 'satelliet:access';

/** The route needs a signed-in user; with roles given, one of those roles. */
export const Authenticated = (...roles: Role[]) => SetMetadata(ACCESS_KEY, roles);

export type RequestWithUser = FastifyRequest & { user?: AuthenticatedUser };

/** The signed-in user; only on routes marked @Authenticated. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw new Error('CurrentUser used on a route without @Authenticated');
  return user;
});

/** The signed-in user when there is one, else undefined; for public routes that show more to staff. */
export const OptionalUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser | undefined =>
    context.switchToHttp().getRequest<RequestWithUser>().user,
);
