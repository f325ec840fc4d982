/**
 * `npm run serve [-- --port N --data-dir D]`: Landfall in browser mode.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';
import { RESTORABLE, createBackend } from '../backend/index';
import { resolveDataDir } from './data-dir';
import { parseHostArgs } from './cli-args';
import { openBrowser } from './open-browser';
import { startHost } from './server';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The built renderer browser mode serves: `dist/renderer`, or `LANDFALL_RENDERER_DIR` when
 * set (tests point it at a folder of their own, so they do not depend on whether the
 * project's renderer happens to be built). Browser mode is never shipped.
 */
export function rendererDir(env: NodeJS.ProcessEnv = process.env, root = projectRoot): string {
  return env.LANDFALL_RENDERER_DIR ? path.resolve(env.LANDFALL_RENDERER_DIR) : path.join(root, 'dist', 'renderer');
}

/**
 * Serves browser mode until Ctrl+C. `openByDefault`: open the address in the default browser
 * unless `--no-open` (npm start's fallback); otherwise only with `--open` (npm run serve).
 */
/** What browser mode adds to a refused damaged database that a backup can replace. */
export const BROWSER_RESTORE_HINT =
  'Start browser mode again with --restore-latest-backup (npm run serve -- --restore-latest-backup) to put it in place; the damaged file is kept beside it.';

export async function runBrowserMode(argv: readonly string[], { openByDefault = false }: { openByDefault?: boolean } = {}): Promise<void> {
  const args = parseHostArgs(argv, process.env);
  const dataDir = resolveDataDir(args.dataDir, process.platform, process.env, os.homedir());
  const backend = await createBackend({ dataDir, restoreLatestBackup: args.restoreLatestBackup }).catch((err: unknown) => {
    // A damaged database with a good backup: in browser mode a flag puts the backup in place.
    if (err instanceof AppError && err.field === RESTORABLE) err.message += ` ${BROWSER_RESTORE_HINT}`;
    throw err;
  });
  let host;
  try {
    host = await startHost({
      router: backend.router,
      staticDir: rendererDir(),
      token: randomBytes(32).toString('base64url'),
      port: args.port,
    });
  } catch (err) {
    backend.close();
    throw err;
  }
  console.log(`Landfall is running in browser mode. Open this address in your browser:\n\n  ${host.url}\n`);
  console.log(`Data folder: ${dataDir}`);
  console.log('Press Ctrl+C to stop.');
  if (openBrowser({ url: host.url, requested: args.open, byDefault: openByDefault, env: process.env, platform: process.platform, log: (l) => console.error(l) })) {
    console.log('Opening it in your default browser.');
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  runBrowserMode(process.argv.slice(2)).catch((err: unknown) => {
    console.error(`Landfall could not start: ${(err as Error).message}`);
    process.exit(1);
  });
}
