/**
 * The one IPC channel between the renderer (through the preload) and the main process.
 * The preload, which imports nothing but electron, writes the same name itself.
 */
export const INVOKE_CHANNEL = 'landfall:invoke';
