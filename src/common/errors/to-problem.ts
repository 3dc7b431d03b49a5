import { HttpException } from '@nestjs/common';
import { CommonProblems, ProblemException, type ProblemBody, type ProblemKind } from './problem.js';

export interface RenderedProblem {
  body: ProblemBody;
  headers: Record<string, string>;
  /** True when nothing in the error is meant for the client and it must be logged in full. */
  unexpected: boolean;
}

/** PostgreSQL error codes that mean "the row is busy, try again" rather than a bug. */
const BUSY_SQLSTATES = new Set(['55P03', '57014', '40001', '40P01']);
/** The database is down, restarting or unreachable: class 08 connection errors and the 57P0x shutdowns. */
const UNREACHABLE_SQLSTATE = /^(08...|57P0[1-3])$/;
const UNREACHABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

const NEST_STATUS_KIND: Record<number, ProblemKind> = {
  400: CommonProblems.malformedBody,
  401: CommonProblems.unauthenticated,
  403: CommonProblems.forbidden,
  404: CommonProblems.notFound,
  413: CommonProblems.bodyTooLarge,
  414: CommonProblems.uriTooLong,
  415: CommonProblems.unsupportedMediaType,
  429: CommonProblems.tooManyRequests,
  503: CommonProblems.unavailable,
};

const DUTCH_DETAIL: Record<string, string> = {
  [CommonProblems.malformedBody.type]: 'De aanvraag kon niet gelezen worden. Stuur geldige JSON.',
  [CommonProblems.unauthenticated.type]: 'Meld u aan om verder te gaan.',
  [CommonProblems.forbidden.type]: 'U hebt geen toegang tot deze functie.',
  [CommonProblems.notFound.type]: 'Dit adres bestaat niet.',
  [CommonProblems.bodyTooLarge.type]: 'De aanvraag is te groot (maximaal 1 MB).',
  [CommonProblems.badUrl.type]: 'Het adres bevat een ongeldige %-codering.',
  [CommonProblems.uriTooLong.type]: 'Een deel van het adres is te lang.',
  [CommonProblems.unsupportedMediaType.type]: 'Stuur de gegevens als JSON of als formulier.',
  [CommonProblems.tooManyRequests.type]: 'Te veel pogingen na elkaar. Wacht even en probeer opnieuw.',
  [CommonProblems.unavailable.type]: 'De dienst is even niet beschikbaar (database onbereikbaar).',
};

/** Maps anything thrown while handling a request onto one problem+json answer. */
export function toProblem(error: unknown, instance?: string): RenderedProblem {
  if (error instanceof ProblemException) {
    return {
      body: {
        type: error.kind.type,
        title: error.kind.title,
        status: error.kind.status,
        detail: error.detail,
        instance,
        ...error.extensions,
      },
      headers: error.headers,
      unexpected: false,
    };
  }
  if (error instanceof HttpException) {
    const kind = NEST_STATUS_KIND[error.getStatus()];
    if (kind) return fromKind(kind, instance);
  }
  const fastifyStatus = fastifyClientErrorStatus(error);
  if (fastifyStatus) {
    const kind = (error as { code: string }).code === 'FST_ERR_BAD_URL' ? CommonProblems.badUrl : NEST_STATUS_KIND[fastifyStatus];
    return fromKind(kind ?? CommonProblems.malformedBody, instance);
  }
  if (databaseUnreachable(error)) {
    // Nothing was committed; the client may safely retry once the database is back.
    return { ...fromKind(CommonProblems.unavailable, instance, { 'retry-after': '5' }), unexpected: false };
  }
  if (BUSY_SQLSTATES.has(sqlState(error) ?? '')) {
    return {
      body: {
        ...kindFields(CommonProblems.busy),
        detail: 'Er schrijven nu veel mensen tegelijk in. Probeer het over enkele seconden opnieuw.',
        instance,
      },
      headers: { 'retry-after': '2' },
      unexpected: false,
    };
  }
  return {
    body: {
      ...kindFields(CommonProblems.internal),
      detail: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
      instance,
    },
    headers: {},
    unexpected: true,
  };
}

function fromKind(kind: ProblemKind, instance?: string, headers: Record<string, string> = {}): RenderedProblem {
  return { body: { ...kindFields(kind), detail: DUTCH_DETAIL[kind.type] ?? kind.title, instance }, headers, unexpected: false };
}

function kindFields(kind: ProblemKind) {
  return { type: kind.type, title: kind.title, status: kind.status };
}

/** Fastify rejects oversize, unparsable or unsupported bodies before Nest sees the request. */
function fastifyClientErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number' && statusCode < 500) {
    return statusCode;
  }
  return undefined;
}

function databaseUnreachable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (UNREACHABLE_SQLSTATE.test(sqlState(error) ?? '')) return true;
  const { code, message, driverError } = error as { code?: unknown; message?: unknown; driverError?: unknown };
  const cause = driverError ?? error;
  const socketCode = (cause as { code?: unknown }).code ?? code;
  if (typeof socketCode === 'string' && UNREACHABLE_SOCKET_CODES.has(socketCode)) return true;
  // node-postgres reports a connection that died mid-use only in words.
  const causeMessage = (cause as { message?: unknown }).message ?? message;
  const text = typeof causeMessage === 'string' ? causeMessage : '';
  return /Connection terminated|Client has encountered a connection error|the database system is (shutting down|starting up)/.test(
    text,
  );
}

export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate =
    (error as { driverError?: { code?: unknown }; code?: unknown }).driverError?.code ?? (error as { code?: unknown }).code;
  return typeof candidate === 'string' && /^[0-9A-Z]{5}$/.test(candidate) ? candidate : undefined;
}
