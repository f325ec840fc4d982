/**
 * The router: look the method up in the contract, parse the input with its schema,
 * call the handler, check the output. Every failure becomes `{ code, message, field? }`.
 */
import type { z } from 'zod';
import { contract, isMethodName, type Contract, type MethodName, type MethodOutput } from '../../shared/contract';
import { AppError, type ApiResult } from '../../shared/errors';
import { zodToApiError } from '../../shared/zod-error';

export type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export interface Router {
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

export function createRouter(handlers: Handlers, onInternalError: (err: unknown) => void = () => {}): Router {
  return {
    async call(method, input) {
      if (!isMethodName(method)) {
        return { ok: false, error: { code: 'not_found', message: `There is no API method called "${method}".` } };
      }
      const spec = contract[method];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: zodToApiError(parsed.error) };
      try {
        const handler = handlers[method] as (i: unknown) => unknown;
        const value = await handler(parsed.data);
        const checked = spec.output.safeParse(value);
        if (!checked.success) {
          onInternalError(new Error(`Output of ${method} did not match the contract: ${checked.error.message}`));
          return { ok: false, error: { code: 'internal', message: 'Landfall produced an unexpected answer; the problem was logged.' } };
        }
        return { ok: true, value: checked.data };
      } catch (err) {
        if (err instanceof AppError) return { ok: false, error: err.toApiError() };
        onInternalError(err);
        if (isSqliteBusy(err)) {
          return { ok: false, error: { code: 'storage', message: 'The database is busy; try again in a moment.' } };
        }
        return { ok: false, error: { code: 'internal', message: 'Something went wrong and nothing was changed; the problem was logged.' } };
      }
    },
  };
}

function isSqliteBusy(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && String((err as { code: unknown }).code).startsWith('SQLITE_BUSY');
}
