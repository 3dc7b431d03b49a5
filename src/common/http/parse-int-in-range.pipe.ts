import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { CommonProblems, ProblemException } from '../errors/problem.js';

/** A whole number in a path or query, inside the range its column and its meaning allow; else a 400 naming it. */
@Injectable()
export class ParseIntInRangePipe implements PipeTransform<string, number> {
  constructor(
    private readonly min: number,
    private readonly max: number,
  ) {}

  transform(value: string, metadata: ArgumentMetadata): number {
    const number = /^-?\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
    if (number >= this.min && number <= this.max) return number;
    const field = metadata.data ?? 'waarde';
    const message = `moet een geheel getal van ${this.min} tot ${this.max} zijn`;
    throw new ProblemException(CommonProblems.validation, `${field} ${message}.`, { errors: [{ field, message }] });
  }
}
