import type { FieldProblem } from '../errors/problem.js';

/** Where @nestjs/swagger keeps the properties it documents; PartialType and friends copy them. */
const PROPERTY_NAMES = 'swagger/apiModelPropertiesArray';
const PROPERTY = 'swagger/apiModelProperties';

interface DocumentedProperty {
  nullable?: boolean;
  isArray?: boolean;
  type?: unknown;
}

type DtoClass = abstract new (...args: never[]) => object;

const prototypeOf = (dto: DtoClass): object => (dto.prototype as object | undefined) ?? {};

function documentedProperties(dto: DtoClass): [string, DocumentedProperty][] {
  const names = (Reflect.getMetadata(PROPERTY_NAMES, prototypeOf(dto)) as string[] | undefined) ?? [];
  return names.map((name) => {
    const property = name.replace(/^:/, '');
    return [property, Reflect.getMetadata(PROPERTY, prototypeOf(dto), property) as DocumentedProperty];
  });
}

export function isDocumentedDto(type: unknown): type is DtoClass {
  return typeof type === 'function' && Reflect.hasMetadata(PROPERTY_NAMES, prototypeOf(type as DtoClass));
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a request body against the DTO as the OpenAPI document describes it, before
 * class-transformer sees it: the body and every nested DTO must be a JSON object (a list of
 * them where documented), and `null` is taken only where the document says `nullable`, that is
 * where a field may be cleared. Elsewhere null used to slip past @IsOptional into a NOT NULL column.
 */
export function findShapeProblems(value: unknown, dto: DtoClass, field = ''): FieldProblem[] {
  if (!isPlainObject(value)) return [{ field: field || 'body', message: 'moet een JSON-object zijn' }];
  return documentedProperties(dto).flatMap(([property, documented]) => {
    const path = field ? `${field}.${property}` : property;
    const given = value[property];
    if (given === undefined) return [];
    if (given === null) return documented.nullable ? [] : [{ field: path, message: 'mag niet leeg (null) zijn' }];
    if (!isDocumentedDto(documented.type)) return [];
    const nested = documented.type;
    if (!documented.isArray) return findShapeProblems(given, nested, path);
    if (!Array.isArray(given)) return [{ field: path, message: 'moet een lijst zijn' }];
    return given.flatMap((item, index) => findShapeProblems(item, nested, `${path}.${index}`));
  });
}
