/** Fake processes and events for the Electron-layer tests. */
import { EventEmitter } from 'node:events';
import type { BackendProcess } from '../../electron/ipc/backend-connection';
import type { ToBackend } from '../../electron/ipc/backend-messages';

/** A backend process the test drives by hand: it records what it was sent and answers when told. */
export class FakeBackendProcess implements BackendProcess {
  readonly sent: ToBackend[] = [];
  killed = false;
  private readonly events = new EventEmitter();

  postMessage(message: ToBackend): void {
    this.sent.push(structuredClone(message));
  }
  onMessage(listener: (message: unknown) => void): void {
    this.events.on('message', listener);
  }
  onExit(listener: (code: number | null) => void): void {
    this.events.on('exit', listener);
  }
  kill(): void {
    this.killed = true;
    this.exit(null);
  }

  reply(message: unknown): void {
    this.events.emit('message', structuredClone(message));
  }
  exit(code: number | null): void {
    this.events.emit('exit', code);
  }
  calls(): Extract<ToBackend, { type: 'call' }>[] {
    return this.sent.filter((m): m is Extract<ToBackend, { type: 'call' }> => m.type === 'call');
  }
}

export const OUR_FRAME = { url: 'app://landfall/index.html#/portfolio', parent: null };

export function invokeEvent(frame: { url: string; parent: unknown } | null = OUR_FRAME) {
  return { senderFrame: frame };
}

/** Lets queued promise callbacks run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
