/**
 * `npm run build:electron`: bundles the desktop app's Node side with esbuild into
 * dist/electron/ as CommonJS:
 *   main.cjs     the main process            (electron/main/index.ts)
 *   preload.cjs  the sandboxed preload       (electron/preload/index.ts)
 *   backend.cjs  the backend utility process (electron/ipc/backend-entry.ts)
 *   exportWorker.cjs  the export worker thread it starts (electron/backend/export/render-worker.ts)
 * `electron` is provided by the runtime and better-sqlite3 stays a package (its native
 * binary is chosen at run time); everything else is bundled in. Browser mode's server
 * is not part of any bundle, and the preload contains no zod and no contract.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const ENTRIES = {
  main: 'electron/main/index.ts',
  preload: 'electron/preload/index.ts',
  backend: 'electron/ipc/backend-entry.ts',
  /** The export worker thread the backend starts beside itself (electron/backend/export/render-pool.ts). */
  exportWorker: 'electron/backend/export/render-worker.ts',
} as const;

export type BundleName = keyof typeof ENTRIES;

/** Source files that must never end up in a bundle of this kind. */
export const FORBIDDEN_INPUTS: Record<BundleName, RegExp[]> = {
  main: [/^electron\/host\/(server|cli|cli-args|http-checks)\.ts$/, /^electron\/(backend|db)\//, /node_modules\/better-sqlite3\//],
  preload: [/node_modules\/zod\//, /^shared\//, /^electron\/(backend|host|db|main|ipc)\//],
  backend: [/^electron\/host\/(server|cli|cli-args|http-checks)\.ts$/, /^electron\/main\//, /^electron\/preload\//],
  exportWorker: [/^electron\/(host|main|preload|ipc|db)\//, /node_modules\/better-sqlite3\//, /^electron\/backend\/(services|repos)\//],
};

/** Packages required at run time from node_modules instead of being bundled. */
export const EXTERNAL_PACKAGES = ['electron', 'better-sqlite3', 'pdfkit'] as const;

export interface BuildResult {
  outDir: string;
  files: Record<BundleName, string>;
  inputs: Record<BundleName, string[]>;
}

export async function buildElectron(outDir = path.join(projectRoot, 'dist', 'electron')): Promise<BuildResult> {
  const files = {} as Record<BundleName, string>;
  const inputs = {} as Record<BundleName, string[]>;
  for (const name of Object.keys(ENTRIES) as BundleName[]) {
    const outfile = path.join(outDir, `${name}.cjs`);
    const result = await build({
      absWorkingDir: projectRoot,
      entryPoints: [ENTRIES[name]],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      sourcemap: 'linked',
      // pdfkit loads its standard-font metrics and colour profile from files beside its own code,
      // so it ships as a package (electron-builder.yml lists it and its dependencies) rather than inside a bundle.
      external: [...EXTERNAL_PACKAGES],
      metafile: true,
      logLevel: 'warning',
      legalComments: 'none',
      // CommonJS has no import.meta: give modules that locate files next to themselves
      // the bundle's own URL instead. Not in the preload: a sandboxed preload may
      // require nothing but `electron`.
      ...(name === 'preload'
        ? {}
        : {
            banner: { js: 'const __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
            define: { 'import.meta.url': '__bundle_url' },
          }),
    });
    files[name] = outfile;
    inputs[name] = Object.keys((result.metafile as Metafile).inputs).sort();
    const forbidden = inputs[name].filter((input) => FORBIDDEN_INPUTS[name].some((re) => re.test(input)));
    if (forbidden.length > 0) throw new Error(`The ${name} bundle must not contain: ${forbidden.join(', ')}`);
  }
  return { outDir, files, inputs };
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  buildElectron(process.argv[2] ? path.resolve(process.argv[2]) : undefined).then(
    (r) => console.log(`Built ${Object.values(r.files).map((f) => path.relative(projectRoot, f)).join(', ')}`),
    (err: unknown) => {
      console.error(`build:electron failed: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}
