/**
 * zodResolver over a contract schema, with every problem placed on the field that shows it
 * (through the one mapper in field-errors.ts); a problem no control holds becomes the form's
 * own message (`errors.root`), so a refused submit never goes unexplained.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { get, set, type FieldError, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { fieldForPath, registeredPaths } from './field-errors';

function isFieldError(node: unknown): node is FieldError {
  return typeof node === 'object' && node !== null && typeof (node as { type?: unknown }).type === 'string' && 'message' in node;
}

/** The nested errors a resolver returns, as (path, error) pairs in the order they were found. */
function flatten(node: unknown, prefix: string, out: Array<[string, FieldError]>): void {
  if (typeof node !== 'object' || node === null) return;
  if (isFieldError(node)) {
    out.push([prefix, node]);
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref') continue;
    flatten(child, prefix ? `${prefix}.${key}` : key, out);
  }
}

export function schemaResolver<V extends FieldValues, O>(schema: z.ZodType<O, V>, aliases: Readonly<Record<string, string>> = {}): Resolver<V, unknown, O> {
  const inner = zodResolver(schema) as unknown as Resolver<V, unknown, O>;
  return async (values, context, options) => {
    const result = await inner(values, context, options);
    const found: Array<[string, FieldError]> = [];
    flatten(result.errors, '', found);
    if (found.length === 0) return result;
    const fields = registeredPaths(values, options.fields);
    const errors: FieldErrors<V> = {};
    for (const [path, error] of found) {
      const field = fieldForPath(path, fields, aliases) ?? 'root';
      if (get(errors, field) === undefined) set(errors, field, { type: error.type, message: error.message });
    }
    return { values: {}, errors };
  };
}
