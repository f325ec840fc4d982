/**
 * Opening browser mode's address in the default browser: on by default when `npm start`
 * falls back to browser mode, behind `--open` for `npm run serve`, and never in CI or tests
 * (`CI` set, or `LANDFALL_NO_OPEN=1`). The decision and the command are pure; what runs the
 * command is injected, so tests never start a browser.
 */
import { spawn } from 'node:child_process';

/** Runs `command` with `args` detached; reports a failure to start it through `onError`. */
export type RunCommand = (command: string, args: readonly string[], onError: (err: Error) => void) => void;

/** Whether to open the browser: asked for (or the command's default), and not in CI or tests. */
export function shouldOpenBrowser(requested: boolean | undefined, byDefault: boolean, env: NodeJS.ProcessEnv): boolean {
  if (env.LANDFALL_NO_OPEN === '1') return false;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false') return false;
  return requested ?? byDefault;
}

/** The platform's own "open this address" command: `open` on macOS, `start` through cmd on Windows, `xdg-open` elsewhere. */
export function openCommand(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start`'s first quoted argument is the window title; the empty one keeps the URL from being taken for it.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  return { command: 'xdg-open', args: [url] };
}

export const runDetached: RunCommand = (command, args, onError) => {
  const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsVerbatimArguments: command === 'cmd' });
  child.on('error', onError);
  child.unref();
};

export interface OpenBrowserOptions {
  url: string;
  /** `--open` / `--no-open` as given; undefined when neither was. */
  requested: boolean | undefined;
  /** True for `npm start`, false for `npm run serve`. */
  byDefault: boolean;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  run?: RunCommand;
  /** Where a failure to open is reported (one line; the address is printed anyway). */
  log: (line: string) => void;
}

/** Opens `url` when it should; answers whether it tried. */
export function openBrowser(o: OpenBrowserOptions): boolean {
  if (!shouldOpenBrowser(o.requested, o.byDefault, o.env)) return false;
  const { command, args } = openCommand(o.platform, o.url);
  const run = o.run ?? runDetached;
  run(command, args, (err) => o.log(`Could not open your browser (${command}: ${err.message}); open the address above by hand.`));
  return true;
}
