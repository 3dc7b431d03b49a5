import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { AppModule, requestIdOf } from './app.module.js';
import { apiDocsArePublic, trustedProxies, type AppConfig } from './common/config/app-config.js';
import { registerSecurityHeaders } from './common/http/security-headers.js';
import { sendProblem } from './common/errors/problem-json.filter.js';
import { refuseUnsafeInput } from './common/http/unsafe-input.js';
import { createLogger } from './common/logging/create-logger.js';
import { PinoNestLogger } from './common/logging/pino-nest-logger.js';
import { registerWebPlugins } from './web/web-setup.js';

/** 1 MB is far more than any form in Satelliet needs; bigger bodies get a 413 problem. */
const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the whole app (not yet listening); main.ts and the integration tests share it. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const logger = createLogger(config.LOG_LEVEL);
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    loggerInstance: logger,
    genReqId: (request: IncomingMessage) => requestIdOf(request),
    trustProxy: trustedProxies(config),
    // A bad percent-encoding or an overlong path segment is refused by the router itself.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => sendProblem(error, request, reply),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, databaseUrl), adapter, {
    logger: new PinoNestLogger(logger),
    rawBody: true,
  });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', String(request.id));
  });
  fastify.addHook('preValidation', refuseUnsafeInput);

  await registerSecurityHeaders(app, config);
  if (apiDocsArePublic(config)) {
    SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
  }
  await registerWebPlugins(app, { production: config.NODE_ENV === 'production' });
  await app.init();
  return app;
}

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const document = new DocumentBuilder()
    .setTitle('Satelliet API')
    .setDescription('Livestreams van cultuurcentra naar zorgcentra: programma, intekeningen, betalingen en break-even.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, document);
}
