import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { CommonProblems, ProblemException } from '../errors/problem.js';

/** Path ids are uuids; anything else is a 400 naming the parameter, never a database error. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (isUUID(value)) return value;
    const field = metadata.data ?? 'id';
    throw new ProblemException(CommonProblems.validation, `${field} moet een geldige id (uuid) zijn.`, {
      errors: [{ field, message: 'moet een geldige id (uuid) zijn' }],
    });
  }
}
