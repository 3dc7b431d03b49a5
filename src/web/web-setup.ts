import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Eta } from 'eta';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sendFormAnswerAfterCommit } from './repeated-form.interceptor.js';

/**
 * Templates and CSS are source files that the TypeScript build does not copy, so they are read
 * from the checkout (the folder `npm start` and the tests run in).
 */
export const WEB_DIR = resolve(process.cwd(), 'src', 'web');

/** Cookies, the eta view engine, /static and the hold on form answers for the web pages; call before app.init(). */
export async function registerWebPlugins(app: NestFastifyApplication, options: { production: boolean }): Promise<void> {
  const views = resolve(WEB_DIR, 'views');
  if (!existsSync(views))
    throw new Error(`De webpagina's ontbreken: ${views} bestaat niet. Start Satelliet vanuit de projectmap.`);
  await app.register(fastifyCookie);
  // After the cookie plugin's own onSend, so a held answer carries its Set-Cookie.
  app.getHttpAdapter().getInstance().addHook('onSend', sendFormAnswerAfterCommit);
  await app.register(fastifyStatic, {
    root: resolve(WEB_DIR, 'static'),
    prefix: '/static/',
    maxAge: options.production ? '1d' : 0,
  });
  await app.register(fastifyView, {
    engine: { eta: new Eta({ views, cache: options.production, autoTrim: false }) },
    root: views,
    production: options.production,
  });
}
