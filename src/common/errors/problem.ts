/** One failing field of a request, as listed in a problem's `errors[]`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A kind of problem: its stable `type` code, HTTP status and Dutch title. */
export interface ProblemKind {
  type: string;
  status: number;
  title: string;
}

/** RFC 9457 problem details as Satelliet sends them. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

/** Declares a module's problems once, so that clients can rely on the `type` codes. */
export function defineProblems<K extends string>(
  kinds: Record<K, { type: string; status: number; title: string }>,
): Record<K, ProblemKind> {
  return Object.fromEntries(
    Object.entries<ProblemKind>(kinds).map(([key, kind]) => [key, { ...kind, type: `/problems/${kind.type}` }]),
  ) as Record<K, ProblemKind>;
}

/**
 * The one exception that domain code throws. The global filter turns it into problem+json;
 * `extensions` become extra members (such as the id of an existing sign-on) and `headers`
 * go on the response (such as Retry-After).
 */
export class ProblemException extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly extensions: { errors?: FieldProblem[]; [key: string]: unknown } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ProblemException';
  }
}

export const CommonProblems = defineProblems({
  validation: { type: 'validation', status: 400, title: 'Ongeldige invoer' },
  malformedBody: { type: 'malformed-body', status: 400, title: 'Onleesbare aanvraag' },
  badUrl: { type: 'bad-url', status: 400, title: 'Ongeldig adres' },
  unauthenticated: { type: 'unauthenticated', status: 401, title: 'Niet aangemeld' },
  forbidden: { type: 'forbidden', status: 403, title: 'Geen toegang' },
  notFound: { type: 'not-found', status: 404, title: 'Niet gevonden' },
  bodyTooLarge: { type: 'body-too-large', status: 413, title: 'Aanvraag te groot' },
  uriTooLong: { type: 'uri-too-long', status: 414, title: 'Adres te lang' },
  unsupportedMediaType: { type: 'unsupported-media-type', status: 415, title: 'Niet-ondersteund formaat' },
  tooManyRequests: { type: 'too-many-requests', status: 429, title: 'Te veel pogingen' },
  busy: { type: 'busy', status: 503, title: 'Even druk' },
  unavailable: { type: 'unavailable', status: 503, title: 'Niet beschikbaar' },
  internal: { type: 'internal', status: 500, title: 'Er ging iets mis' },
});
