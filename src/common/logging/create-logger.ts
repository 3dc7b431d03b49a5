import { pino, type DestinationStream, type Logger, type redactOptions } from 'pino';

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

/** Structured JSON logs, one object per line (on stdout unless a test gives another destination). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: LOG_REDACTION }, destination);
}
