/**
 * Controls hold text; the contract wants numbers, nulls and lists. These turn a form's
 * values into the contract's input, so the contract's own schema (and its messages) judge them.
 */
import { z } from 'zod';

/**
 * The contract's schema, fed from a form's values through `toInput`. What `toInput` returns
 * is not trusted: the schema judges it, with its own messages, as the router will.
 */
export function fromForm<V, O>(toInput: (values: V) => unknown, schema: z.ZodType<O>): z.ZodType<O, V> {
  return z
    .custom<V>()
    .transform((v): unknown => toInput(v))
    .pipe(z.unknown().pipe(schema));
}

/** '' → null: an empty date or choice means "none". */
export function emptyAsNull(text: string): string | null {
  return text === '' ? null : text;
}

/** '' → undefined (the schema says "enter …"); anything else as a number (junk stays NaN, which the schema refuses). */
export function textToNumber(text: string): number | undefined {
  const t = text.trim();
  return t === '' ? undefined : Number(t);
}

/** '' → undefined, so a required choice or date is reported as missing rather than malformed. */
export function emptyAsMissing(text: string): string | undefined {
  return text === '' ? undefined : text;
}
