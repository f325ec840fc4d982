/**
 * Where Landfall keeps its data. `--data-dir` or LANDFALL_DATA_DIR overrides it.
 * On Windows it is the local (not roaming) app data folder: SQLite's WAL must not
 * live on a network or synced folder.
 */
import path from 'node:path';

export const APP_FOLDER = 'Landfall';

export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') {
    return path.win32.join(env.LOCALAPPDATA ?? path.win32.join(home, 'AppData', 'Local'), APP_FOLDER);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_FOLDER);
}

export function resolveDataDir(argDir: string | undefined, platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  const chosen = argDir ?? env.LANDFALL_DATA_DIR;
  return chosen ? path.resolve(chosen) : defaultDataDir(platform, env, home);
}
