import { Writable } from 'node:stream';
import { pino } from 'pino';
import { LOG_REDACTION } from './create-logger.js';

describe('logregels', () => {
  it('schrijven JSON en laten tokens, cookies, Stripe-handtekeningen en wachtwoorden weg', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ redact: LOG_REDACTION }, sink);
    logger.info(
      {
        req: { headers: { authorization: 'Bearer geheim-token', cookie: 'sessie=geheim', 'stripe-signature': 't=1,v1=geheim' } },
        body: { password: 'geheim-wachtwoord' },
        reqId: 'abc-123',
      },
      'aanvraag',
    );
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ msg: 'aanvraag', reqId: 'abc-123' });
    expect(lines[0]).not.toContain('geheim');
  });
});
