/**
 * The preload: exposes `window.landfall.invoke(method, input)` and nothing else.
 * Method-agnostic (the main process checks the method against the contract), bundled
 * as CommonJS for the sandboxed preload, with no zod and no contract inside.
 */
import { contextBridge, ipcRenderer } from 'electron';

/**
 * The one channel; the same name as INVOKE_CHANNEL in electron/ipc/channel.ts. Written
 * here again because the preload imports nothing but electron (lint-enforced); the main
 * wiring tests check both sides use it.
 */
const INVOKE_CHANNEL = 'landfall:invoke';

const landfall = {
  invoke(method: string, input: unknown): Promise<unknown> {
    if (typeof method !== 'string') return Promise.reject(new TypeError('invoke(method, input): method must be a string'));
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input);
  },
};

contextBridge.exposeInMainWorld('landfall', landfall);
