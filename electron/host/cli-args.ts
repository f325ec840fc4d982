/**
 * Parses `[--port N] [--data-dir D]` for browser mode. Pure, so it can be tested.
 *
 * `npm run serve -- --port 5173` passes the flags through. Without the `--`, npm keeps
 * the flags for itself (npm_config_port=true) and passes only their values as bare
 * arguments, so those are recognised too: a number is the port, anything else the folder.
 */
export interface HostArgs {
  port: number;
  dataDir: string | undefined;
  /** The database failed its integrity check: put the latest good backup in its place. */
  restoreLatestBackup: boolean;
  /** `--open` / `--no-open`: open the address in the default browser (undefined: the command's default). */
  open?: boolean;
}

const USAGE = 'Usage: npm run serve -- [--port N] [--data-dir DIR] [--open] [--restore-latest-backup]';

function parsePort(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new Error('--port must be a whole number from 0 to 65535 (0 picks a free port).');
  return n;
}

export function parseHostArgs(argv: readonly string[], env: NodeJS.ProcessEnv = {}): HostArgs {
  const args: HostArgs = { port: 0, dataDir: undefined, restoreLatestBackup: false };
  const bare: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      bare.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const value = () => {
      const v = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (v === undefined || v === '') throw new Error(`${flag} needs a value. ${USAGE}`);
      return v;
    };
    if (flag === '--restore-latest-backup') args.restoreLatestBackup = true;
    else if (flag === '--open' || flag === '--no-open') args.open = flag === '--open';
    else if (flag === '--port') args.port = parsePort(value());
    else if (flag === '--data-dir') args.dataDir = value();
    else throw new Error(`Unknown option ${arg}. ${USAGE}`);
  }
  const npmPort = env.npm_config_port;
  const npmDir = env.npm_config_data_dir;
  if (npmPort && npmPort !== 'true') args.port = parsePort(npmPort);
  if (npmDir && npmDir !== 'true') args.dataDir = npmDir;
  for (const v of bare) {
    if (npmPort === 'true' && /^\d+$/.test(v)) args.port = parsePort(v);
    else if (npmDir === 'true') args.dataDir = v;
    else throw new Error(`Unexpected argument "${v}". ${USAGE}`);
  }
  return args;
}
