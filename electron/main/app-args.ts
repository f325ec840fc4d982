/**
 * The desktop app's own command-line options. Electron's argv also carries Chromium
 * switches and, in development, the app folder, so unknown arguments are ignored
 * rather than refused. Pure.
 */
export interface AppArgs {
  dataDir: string | undefined;
}

export function parseAppArgs(argv: readonly string[]): AppArgs {
  let dataDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir') {
      const v = argv[i + 1];
      if (v !== undefined && v !== '' && !v.startsWith('--')) {
        dataDir = v;
        i++;
      }
    } else if (arg.startsWith('--data-dir=')) {
      const v = arg.slice('--data-dir='.length);
      if (v !== '') dataDir = v;
    }
  }
  return { dataDir };
}
