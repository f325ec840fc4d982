/**
 * The one IPC channel between the renderer (through the preload) and the main process.
 * Kept in its own file so the preload bundle pulls in nothing else.
 */
export const INVOKE_CHANNEL = 'landfall:invoke';
