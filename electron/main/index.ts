/**
 * Entry of the desktop app's main process (bundled to dist/electron/main.cjs).
 */
import { app, dialog } from 'electron';
import { startApp } from './app';

const started = startApp({ bundleDir: __dirname });
// Like Electron's default (an error box), but also into the log file for support.
process.on('uncaughtException', (err) => {
  started.log.write('main', `Uncaught exception: ${err.stack ?? String(err)}`);
  dialog.showErrorBox('Landfall hit an unexpected error', `${err.message}\n\nDetails are in ${started.log.file}.`);
});
started.ready.catch((err: unknown) => {
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  started.log.write('main', `Start-up failed: ${message}`);
  dialog.showErrorBox('Landfall could not start', `${err instanceof Error ? err.message : String(err)}\n\nDetails are in ${started.log.file}.`);
  app.exit(1);
});
