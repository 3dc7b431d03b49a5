import { ValidationPipe } from '@nestjs/common';
import { CommonProblems, ProblemException } from '../errors/problem.js';
import { describeFieldProblems, toFieldProblems } from '../errors/validation-messages.js';

/** Unknown fields are refused, types are converted, and every failing field is named in Dutch. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = toFieldProblems(errors);
      return new ProblemException(CommonProblems.validation, `Controleer uw invoer: ${describeFieldProblems(fields)}.`, {
        errors: fields,
      });
    },
  });
}
