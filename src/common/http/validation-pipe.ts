import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { CommonProblems, ProblemException, type FieldProblem } from '../errors/problem.js';
import { describeFieldProblems, toFieldProblems } from '../errors/validation-messages.js';
import { findShapeProblems, isDocumentedDto } from './dto-shape.js';

function validationProblem(fields: FieldProblem[]): ProblemException {
  return new ProblemException(CommonProblems.validation, `Controleer uw invoer: ${describeFieldProblems(fields)}.`, {
    errors: fields,
  });
}

/**
 * The one validation layer for DTOs. Depth, unstorable text and unsafe numbers are refused
 * earlier, by `refuseUnsafeInput`; here the body's shape (objects, lists, where null may clear a
 * field) is checked against the documented DTO, then class-validator runs with unknown fields
 * refused and types converted, and every failing field is named in Dutch.
 */
class SatellietValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => validationProblem(toFieldProblems(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // No body at all reads as {} (a bare POST to cancel); a body that is there must be an object.
    if (metadata.type === 'body' && value !== undefined && isDocumentedDto(metadata.metatype)) {
      const problems = findShapeProblems(value, metadata.metatype);
      if (problems.length > 0) throw validationProblem(problems);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new SatellietValidationPipe();
}
