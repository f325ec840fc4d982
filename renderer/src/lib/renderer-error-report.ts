/**
 * What an error boundary sends to the backend's log: the error's message and stack with
 * React's component stack after it, cut to the contract's limits (a report that is too
 * long would be refused, and then nothing would be logged at all).
 */
import type { MethodInput } from '../../../shared/contract';

export const MAX_MESSAGE = 2000;
export const MAX_STACK = 20_000;
export const MAX_WHERE = 200;

export function rendererErrorReport(error: unknown, componentStack: string | null | undefined, where: string): MethodInput<'app.logRendererError'> {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : `Thrown: ${String(error)}`;
  const parts = [error instanceof Error ? error.stack : undefined, componentStack ? `Component stack:${componentStack}` : undefined].filter(
    (p): p is string => !!p,
  );
  const stack = parts.join('\n');
  return {
    message: message.slice(0, MAX_MESSAGE),
    ...(stack ? { stack: stack.slice(0, MAX_STACK) } : {}),
    where: (where.trim() || 'unknown screen').slice(0, MAX_WHERE),
  };
}
