import type { FastifyRequest } from 'fastify';
import type { FieldProblem } from '../errors/problem.js';
import { CommonProblems, ProblemException } from '../errors/problem.js';

/**
 * The deepest any Satelliet request goes is a what-if: body → events[] → changes →
 * costLineOverrides[] → field, six levels. Ten leaves room; deeper input only serves to
 * overflow the recursive transform and validation that run next.
 */
export const MAX_INPUT_DEPTH = 10;

/** PostgreSQL text cannot hold NUL, and UTF-8 cannot hold a lone UTF-16 surrogate. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const storableText = (text: string) => !text.includes('\u0000') && !LONE_SURROGATE.test(text);

/**
 * Finds the first part of a parsed request that no DTO may ever see: nesting past the limit,
 * text PostgreSQL cannot store (in values and keys), or a number past what JavaScript holds
 * exactly. Walks with its own stack, because the point is to survive input too deep to recurse.
 */
export function findUnsafeInput(root: unknown): FieldProblem | undefined {
  // `top` names the field a person sent; the path below it is only shown for text and numbers.
  const stack: { value: unknown; path: string; top: string; depth: number }[] = [{ value: root, path: '', top: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, top, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string' && !storableText(value)) {
      return { field: path, message: 'bevat tekens die niet bewaard kunnen worden (een NUL-teken of een losse surrogaat)' };
    }
    if (typeof value === 'number' && !Number.isSafeInteger(Math.trunc(value))) {
      return { field: path, message: 'is een getal buiten het toegelaten bereik' };
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_INPUT_DEPTH) return { field: top, message: `is te diep genest (maximaal ${MAX_INPUT_DEPTH} niveaus)` };
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (!storableText(key))
        return { field: childPath, message: 'heeft een veldnaam met tekens die niet bewaard kunnen worden' };
      const childTop = depth > 0 ? top : Array.isArray(value) ? '' : key;
      stack.push({ value: child, path: childPath, top: childTop, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Fastify preValidation hook: path segments, query string and body are checked before any
 * guard, pipe or class-transformer touches them, so bad input is a 400 naming the field
 * instead of a stack overflow or a PostgreSQL encoding error.
 */
export async function refuseUnsafeInput(request: FastifyRequest): Promise<void> {
  const problem = findUnsafeInput(request.params) ?? findUnsafeInput(request.query) ?? findUnsafeInput(request.body);
  if (problem) {
    const field = problem.field || 'body';
    throw new ProblemException(CommonProblems.validation, `Controleer uw invoer: ${field} ${problem.message}.`, {
      errors: [{ field, message: problem.message }],
    });
  }
}
