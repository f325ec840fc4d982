/**
 * The handler behind the one IPC channel. For every call:
 * 1. the sender frame must be our app:// page's main frame (`isTrustedSender`);
 * 2. the method must be a string naming a contract method or a host capability,
 *    looked up with `Object.hasOwn` (so `__proto__`, `constructor`… are unknown);
 * 3. contract methods are relayed to the backend (which parses the input with the
 *    contract's schema), host methods go to the main process's host capabilities.
 * A refused call never reaches the backend. The answer is always an ApiResult.
 */
import { isMethodName } from '../../shared/contract';
import type { ApiResult } from '../../shared/errors';
import { isHostMethodName, type HostMethodName } from '../../shared/host-capabilities';
import { isTrustedSender, senderFrameOf } from './sender-check';

/** The part of Electron's IpcMainInvokeEvent the handler reads. */
export interface InvokeEvent {
  senderFrame: { url: string; parent: unknown } | null;
}

export interface InvokeHandlerOptions {
  backend: { call(method: string, input: unknown): Promise<ApiResult<unknown>> };
  host: { call(method: HostMethodName, input: unknown, event: InvokeEvent): Promise<ApiResult<unknown>> };
  log?(message: string): void;
}

export type InvokeHandler = (event: InvokeEvent, method: unknown, input: unknown) => Promise<ApiResult<unknown>>;

export function createInvokeHandler({ backend, host, log = () => {} }: InvokeHandlerOptions): InvokeHandler {
  return async (event, method, input) => {
    const frame = senderFrameOf(event.senderFrame);
    if (!isTrustedSender(frame)) {
      log(`Refused an IPC call from an untrusted frame (${frame ? frame.url : 'no frame'}).`);
      return { ok: false, error: { code: 'unauthorized', message: 'This page is not allowed to call Landfall.' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'invalid_input', message: 'The API method must be named by a string.' } };
    }
    if (isHostMethodName(method)) return host.call(method, input, event);
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'not_found', message: `There is no API method called "${method.slice(0, 100)}".` } };
    }
    return backend.call(method, input);
  };
}
