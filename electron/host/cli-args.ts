/** Parses `[--port N] [--data-dir D]` for browser mode. Pure, so it can be tested. */
export interface HostArgs {
  port: number;
  dataDir: string | undefined;
}

export function parseHostArgs(argv: readonly string[]): HostArgs {
  const args: HostArgs = { port: 0, dataDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value.`);
      return v;
    };
    if (flag === '--port') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error('--port must be a whole number from 0 to 65535 (0 picks a free port).');
      args.port = n;
    } else if (flag === '--data-dir') {
      args.dataDir = value();
    } else {
      throw new Error(`Unknown option ${arg}. Usage: npm run serve -- [--port N] [--data-dir DIR]`);
    }
  }
  return args;
}
