/**
 * `npm start`. Until the desktop shell lands (it has its own issue), Landfall runs in
 * browser mode: the same renderer and backend, served on 127.0.0.1.
 */
import { runBrowserMode } from './host/cli';

console.log('The desktop shell is not part of this build yet; serving Landfall in browser mode.');
runBrowserMode(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`Landfall could not start: ${(err as Error).message}`);
  process.exit(1);
});
