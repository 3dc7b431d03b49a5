import fastifyHelmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../config/app-config.js';

/** Where the payment button sends a browser; a form's redirect there must be allowed. */
const STRIPE_CHECKOUT = 'https://checkout.stripe.com';

/**
 * The pages ship no script and no inline style, so the policy allows only files from this site:
 * an injected `<script>` or `style` does nothing, no other site may frame a page (clickjacking),
 * and forms post only here (or on to Stripe's checkout). HSTS only when the public address is
 * https, or a plain-http development set-up would lock itself out.
 */
export async function registerSecurityHeaders(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const https = config.PUBLIC_BASE_URL.startsWith('https://');
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'", STRIPE_CHECKOUT],
        'frame-ancestors': ["'none'"],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
  });
  // Swagger UI (only served where API_DOCS_PUBLIC allows it) needs its own inline <style> blocks.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply) => {
      if (request.url === '/api/docs' || request.url.startsWith('/api/docs/')) {
        void reply.header(
          'content-security-policy',
          "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'",
        );
      }
    });
}
