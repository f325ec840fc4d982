/**
 * An error the renderer caught (an error boundary), turned into an Error for the
 * backend's log: its message says where it happened, its stack is the renderer's.
 */
import type { MethodInput } from '../../shared/contract';

export function rendererError({ message, stack, where }: MethodInput<'app.logRendererError'>): Error {
  const err = new Error(`Renderer error in ${where}: ${message}`);
  err.name = 'RendererError';
  err.stack = stack ? `${err.name}: ${err.message}\n${stack}` : `${err.name}: ${err.message}`;
  return err;
}
