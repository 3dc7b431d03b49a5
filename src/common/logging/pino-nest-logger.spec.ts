import { Logger } from '@nestjs/common';
import { Writable } from 'node:stream';
import { createLogger } from './create-logger.js';
import { PinoNestLogger } from './pino-nest-logger.js';

/** The app's own logger set-up, writing its JSON lines to memory instead of stdout. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(
        ...chunk
          .toString()
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as Record<string, unknown>),
      );
      done();
    },
  });
  Logger.overrideLogger(new PinoNestLogger(createLogger('info', sink)));
  return lines;
}

describe('Nest-logregels via pino', () => {
  it('een fout met ids draagt de boodschap, de stack, de ids en de context', () => {
    const lines = capturedLogger();
    const failure = new Error('SMTP-server weigert');

    new Logger('OutboxRelay').error({ err: failure, messageId: 'bericht-7', signOnId: 'intekening-3' }, 'Outbox-bericht mislukt');

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'Outbox-bericht mislukt',
      context: 'OutboxRelay',
      messageId: 'bericht-7',
      signOnId: 'intekening-3',
      err: { type: 'Error', message: 'SMTP-server weigert' },
    });
    expect((lines[0].err as { stack: string }).stack).toContain('SMTP-server weigert\n    at ');
  });

  it('een kale fout wordt een regel met de foutboodschap als msg en de stack', () => {
    const lines = capturedLogger();

    new Logger('Betalingen').error(new Error('Stripe onbereikbaar'));

    expect(lines[0]).toMatchObject({
      msg: 'Stripe onbereikbaar',
      context: 'Betalingen',
      err: { message: 'Stripe onbereikbaar' },
    });
    expect((lines[0].err as { stack: string }).stack).toContain('    at ');
  });

  it("Nest's eigen regels (tekst en context) blijven leesbaar", () => {
    const lines = capturedLogger();

    new Logger('Mail').log('Mailwerker gestart');
    new Logger('Herinneringen').log({ queued: 3 }, 'Herinneringen in de wachtrij gezet');

    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'Mailwerker gestart', context: 'Mail' }),
      expect.objectContaining({ msg: 'Herinneringen in de wachtrij gezet', context: 'Herinneringen', queued: 3 }),
    ]);
  });
});
