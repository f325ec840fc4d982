/**
 * The typed API client. Its methods come from the contract's types: there is no
 * second list of methods here.
 */
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { ApiError } from '../../../shared/errors';
import { defaultInvoke, type Invoke } from './transport';

export class ApiClientError extends Error {
  readonly code: ApiError['code'];
  readonly field: string | undefined;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiClientError';
    this.code = error.code;
    this.field = error.field;
  }
}

export function createClient(invoke: Invoke) {
  return async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await invoke(method, input);
    if (!result.ok) throw new ApiClientError(result.error);
    return result.value as MethodOutput<M>;
  };
}

let current: ReturnType<typeof createClient> | undefined;

/** `api('entries.list', { includeArchived: false })` → Promise of the typed output. */
export function api<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  current ??= createClient(defaultInvoke());
  return current(method, input);
}
