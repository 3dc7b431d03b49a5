import { registerDecorator } from 'class-validator';

/**
 * Refuses a field that was sent in a combination where it means nothing (a split amount
 * without split cost sharing, say): silently ignoring it would let the caller believe it counted.
 * Pair it with a `ValidateIf` that also fires when the field is present, or it never runs.
 */
export function AppliesOnlyWhen<T extends object>(applies: (dto: T) => boolean, explanation: string) {
  return (target: T, propertyName: string) =>
    registerDecorator({
      name: 'appliesOnlyWhen',
      target: target.constructor,
      propertyName,
      options: { message: `is hier niet van toepassing: ${explanation}` },
      validator: { validate: (value: unknown, args) => value === undefined || applies(args?.object as T) },
    });
}
