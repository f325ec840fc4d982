/**
 * A stand-in for the renderer's api client, for store tests: each test says what a method
 * answers (or how it is refused) and reads back the calls made. Use it with
 *
 *   vi.mock('../../../renderer/src/api/client', async (importOriginal) => (await import('./fake-api')).fakeClientModule(importOriginal));
 */
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';

type Handler<M extends MethodName> = (input: MethodInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;

const handlers = new Map<MethodName, (input: unknown) => unknown>();
export const calls: Array<{ method: MethodName; input: unknown }> = [];

/** What `method` answers from now on. */
export function answer<M extends MethodName>(method: M, handler: Handler<M>): void {
  handlers.set(method, handler as (input: unknown) => unknown);
}

/** `method` is refused with this error (an ApiClientError, as the real client throws). */
export function refuse(method: MethodName, error: Error): void {
  handlers.set(method, () => {
    throw error;
  });
}

export function resetFakeApi(): void {
  handlers.clear();
  calls.length = 0;
}

/** The inputs `method` was called with, in order. */
export function callsOf(method: MethodName): unknown[] {
  return calls.filter((c) => c.method === method).map((c) => c.input);
}

export async function fakeApi<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  calls.push({ method, input });
  const handler = handlers.get(method);
  if (!handler) throw new Error(`the test gave no answer for ${method}`);
  return (await handler(input)) as MethodOutput<M>;
}

/** A promise the test resolves when it wants (to order two answers). */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The client module with its `api` replaced by the fake (everything else, such as ApiClientError, is the real one). */
export async function fakeClientModule(importOriginal: <T>() => Promise<T>) {
  return { ...(await importOriginal<typeof import('../../../renderer/src/api/client')>()), api: fakeApi };
}
