import { pino, type Logger, type redactOptions } from 'pino';

/** Credentials and payment signatures never reach the logs. */
export const LOG_REDACTION: redactOptions = {
  paths: [
    'req.headers.authorization',
    'req.headers.cookie',
    'req.headers["stripe-signature"]',
    'res.headers["set-cookie"]',
    '*.password',
    '*.passwordHash',
  ],
  censor: '[verborgen]',
};

/** Structured JSON logs, one object per line. */
export function createLogger(level: string): Logger {
  return pino({ level, redact: LOG_REDACTION });
}
