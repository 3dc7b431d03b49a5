import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/**
 * Every setting Satelliet reads from the environment, in one validated place.
 * The README's configuration table mirrors this class; keep both in step.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /**
   * Public address people use; links in mails and calendar invites start with it. Left empty, it
   * becomes the address the app listens on (HOST and PORT), so a newcomer's links work.
   */
  @ValidateIf((config: AppConfig) => config.PUBLIC_BASE_URL !== '')
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  PUBLIC_BASE_URL = '';

  /** Absent: an embedded PostgreSQL is started under DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'moet een postgres://-adres zijn' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = '.data';

  /** Preferred port of the embedded PostgreSQL; a free one is chosen when it is taken. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  /** Signs the bearer tokens. Required in production; development falls back to a fixed value. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'moet minstens 32 tekens lang zijn' })
  TOKEN_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(60 * 24 * 30)
  TOKEN_TTL_MINUTES = 12 * 60;

  /**
   * Which X-Forwarded-For hops to believe: empty (the default) believes none, so a client cannot
   * choose its own address for rate limits; a number believes that many proxies in front of the app;
   * a comma-separated list believes only proxies at those addresses or CIDR ranges.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, {
    message: 'moet een aantal proxies (bv. 1) of een lijst adressen (bv. 10.0.0.1, 10.0.1.0/24) zijn',
  })
  TRUST_PROXY?: string;

  /** Register and login requests per minute per client address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT_PER_MINUTE = 20;

  /** Whether /api/docs (Swagger UI and the OpenAPI document) is served; unset means yes, except in production. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['true', 'false'])
  API_DOCS_PUBLIC?: 'true' | 'false';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Demo data is loaded at start unless this is false; never in production. */
  @IsIn(['true', 'false'])
  SEED_DEMO_DATA = 'true';

  /** How long a sign-on waits for a busy event lock before answering 503. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60000)
  LOCK_TIMEOUT_MS = 5000;

  /** How often the outbox relay looks for new domain events; 0 switches the timer off (tests drain it by hand). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60000)
  OUTBOX_POLL_MS = 1000;

  /** Absent: mails are written as .eml files under DATA_DIR/mail. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'moet een smtp://- of smtps://-adres zijn' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Satelliet <noreply@satelliet.example>';

  /** How often the mail worker (pg-boss) looks for mails to send; 0 switches it and the reminder schedule off (tests drain by hand). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60000)
  MAIL_POLL_MS = 2000;

  /**
   * The argon2 memory cost of a new password hash, in KiB; argon2's own 64 MiB by default.
   * Production refuses less than OWASP's 19 MiB; tests use the minimum, since they hash hundreds.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(1048576)
  PASSWORD_HASH_MEMORY_KIB = 65536;

  /**
   * A mail still being sent after this long belonged to a process that died, and is tried again.
   * A real send takes a second or two; the margin covers a slow SMTP server.
   */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(3600)
  MAIL_STUCK_SECONDS = 60;

  /** The first wait before a failed mail is tried again; each later wait doubles it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  MAIL_RETRY_DELAY_SECONDS = 30;

  /** Absent: only payment by invoice is offered. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^sk_(test|live)_\w+/, { message: 'moet een Stripe-sleutel (sk_test_… of sk_live_…) zijn' })
  STRIPE_SECRET_KEY?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^whsec_\w+/, { message: 'moet een Stripe-webhookgeheim (whsec_…) zijn' })
  STRIPE_WEBHOOK_SECRET?: string;

  /** Only for tests and local fakes: talk to this Stripe API address instead of Stripe's own. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  STRIPE_API_BASE?: string;

  /** How long an online sign-on holds its place while it waits for payment. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  PAYMENT_HOLD_MINUTES = 30;

  /** How often held places past their time are released and owed refunds are sent to Stripe; 0 switches the timer off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60 * 60_000)
  PAYMENT_WORKER_POLL_MS = 60_000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(365)
  INVOICE_DUE_DAYS = 30;
}

/** Validates process.env; a bad value stops start-up with a message that names the variable. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const plain = Object.fromEntries(Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined));
  const config = plainToInstance(AppConfig, plain, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    // Never echo the value: it may be a secret, and start-up errors end up in shared logs.
    const lines = errors.map((error) => `  ${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  if (config.NODE_ENV === 'production' && !config.TOKEN_SECRET) {
    throw new ConfigError('Ongeldige configuratie:\n  TOKEN_SECRET ontbreekt; verplicht in productie.');
  }
  if (config.NODE_ENV === 'production' && config.TOKEN_SECRET === DEVELOPMENT_TOKEN_SECRET) {
    throw new ConfigError(
      'Ongeldige configuratie:\n  TOKEN_SECRET is het ontwikkelgeheim uit de broncode; kies in productie een eigen geheim.',
    );
  }
  if (config.NODE_ENV === 'production' && config.PASSWORD_HASH_MEMORY_KIB < OWASP_MINIMUM_MEMORY_KIB) {
    throw new ConfigError(
      `Ongeldige configuratie:\n  PASSWORD_HASH_MEMORY_KIB moet in productie minstens ${OWASP_MINIMUM_MEMORY_KIB} zijn.`,
    );
  }
  config.PUBLIC_BASE_URL ||= listeningUrl(config);
  return config;
}

export class ConfigError extends Error {}

/** OWASP's lowest argon2id memory cost for password storage (19 MiB, with 2 iterations). */
const OWASP_MINIMUM_MEMORY_KIB = 19456;

/** The address the app listens on, as a browser on the same machine reaches it. */
export function listeningUrl(config: Pick<AppConfig, 'HOST' | 'PORT'>): string {
  const anyAddress = ['', '0.0.0.0', '::', '[::]'].includes(config.HOST);
  const host = anyAddress ? 'localhost' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return `http://${host}:${config.PORT}`;
}

export function apiDocsArePublic(config: Pick<AppConfig, 'NODE_ENV' | 'API_DOCS_PUBLIC'>): boolean {
  return (config.API_DOCS_PUBLIC ?? (config.NODE_ENV === 'production' ? 'false' : 'true')) === 'true';
}

/** TRUST_PROXY in the form Fastify's `trustProxy` option takes. */
export function trustedProxies(config: AppConfig): false | string[] | ((address: string, hop: number) => boolean) {
  if (!config.TRUST_PROXY) return false;
  if (/^\d+$/.test(config.TRUST_PROXY)) {
    const hops = Number(config.TRUST_PROXY);
    return (_address, hop) => hop < hops;
  }
  return config.TRUST_PROXY.split(',').map((address) => address.trim());
}

/** The development fallback keeps a newcomer's tokens valid across restarts. */
export const DEVELOPMENT_TOKEN_SECRET = 'satelliet-development-only-secret-not-for-production';
