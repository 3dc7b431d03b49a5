import type { LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';

/**
 * Nest's own log lines (start-up, module errors) and every `new Logger(context)` in the app go
 * through the same pino logger that Fastify uses for requests, so every line is one JSON object.
 *
 * Nest's Logger appends its context as the last argument, so `logger.error({ err, paymentId },
 * 'text')` arrives here as (object, 'text', context): the object's fields (with `err` through
 * pino's error serializer: type, message, stack) go on the line and the text becomes `msg`.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...params: unknown[]) {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]) {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]) {
    this.write('error', message, params);
  }
  debug(message: unknown, ...params: unknown[]) {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]) {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]) {
    this.write('fatal', message, params);
  }

  private write(level: Level, message: unknown, params: unknown[]): void {
    const last = params.at(-1);
    const context = typeof last === 'string' && !isStack(last) ? last : undefined;
    const rest = (context === undefined ? params : params.slice(0, -1)).filter((param) => param !== undefined);
    const text = rest.find((param): param is string => typeof param === 'string');
    if (message instanceof Error) {
      this.pino[level]({ context, err: message }, text ?? message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level]({ context, ...message }, text ?? '');
    } else if (level === 'error' && text !== undefined) {
      // Nest's own error lines: (message, stack, context).
      this.pino[level]({ context, err: { type: 'Error', message: String(message), stack: text } }, String(message));
    } else {
      this.pino[level]({ context }, String(message));
    }
  }
}

const isStack = (text: string) => /\n\s+at /.test(text);
