import { Logger, Module, type FactoryProvider } from '@nestjs/common';
import { AppConfig, ConfigError } from '../../common/config/app-config.js';
import { StripeGateway } from './stripe-gateway.js';

/**
 * Inject with `@Inject(STRIPE_GATEWAY) stripe: StripeGateway | undefined`. Undefined means
 * online payment is off and sign-ons are paid by invoice only.
 */
export const STRIPE_GATEWAY = 'STRIPE_GATEWAY';

type StripeSettings = Pick<AppConfig, 'STRIPE_SECRET_KEY' | 'STRIPE_WEBHOOK_SECRET' | 'STRIPE_API_BASE'>;

export function createStripeGateway(config: StripeSettings, logger = new Logger('Betalingen')): StripeGateway | undefined {
  if (!config.STRIPE_SECRET_KEY) {
    logger.warn('Geen STRIPE_SECRET_KEY ingesteld: online betalen staat uit, enkel betaling per factuur.');
    return undefined;
  }
  // Without the webhook secret no payment could ever be confirmed, so places would stay held forever.
  if (!config.STRIPE_WEBHOOK_SECRET) {
    throw new ConfigError('Ongeldige configuratie:\n  STRIPE_WEBHOOK_SECRET ontbreekt; verplicht naast STRIPE_SECRET_KEY.');
  }
  logger.log(`Online betalen via Stripe staat aan${config.STRIPE_API_BASE ? ` (API op ${config.STRIPE_API_BASE})` : ''}.`);
  return new StripeGateway({
    secretKey: config.STRIPE_SECRET_KEY,
    webhookSecret: config.STRIPE_WEBHOOK_SECRET,
    apiBase: config.STRIPE_API_BASE,
  });
}

export const stripeGatewayProvider: FactoryProvider<StripeGateway | undefined> = {
  provide: STRIPE_GATEWAY,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => createStripeGateway(config),
};

/** Import where payments are handled; AppConfig comes from the global AppConfigModule. */
@Module({ providers: [stripeGatewayProvider], exports: [STRIPE_GATEWAY] })
export class StripeModule {}
