/**
 * The layering rules of eslint.config.js, run through ESLint's own API on planted code:
 * an import that crosses a layer fails `npm run lint`, an allowed one passes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: root });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layers are enforced by lint', { timeout: 60_000 }, () => {
  it('refuses a Node builtin in shared/', async () => {
    const found = await problems('shared/domain/x.ts', "import fs from 'node:fs';\nexport const n = fs.constants.F_OK;\n");
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*shared\/ is pure logic/)]);
  });

  it('refuses a bare builtin name, electron, better-sqlite3 and React in shared/', async () => {
    for (const source of ['path', 'crypto', 'electron', 'better-sqlite3', 'react']) {
      const found = await problems('shared/x.ts', `import * as m from '${source}';\nexport const n = m;\n`);
      expect(found, source).toEqual([expect.stringMatching(/^no-restricted-imports:/)]);
    }
  });

  it('refuses Node and browser globals in shared/', async () => {
    const found = await problems('shared/domain/x.ts', 'export const a = process.env.HOME;\nexport const b = document.title;\n');
    expect(found).toEqual([expect.stringMatching(/^no-restricted-globals: .*'process'/), expect.stringMatching(/^no-restricted-globals: .*'document'/)]);
  });

  it('refuses an import from electron/ in the renderer', async () => {
    const found = await problems('renderer/src/features/x/y.ts', "import { createBackend } from '../../../../electron/backend/index';\nexport const b = createBackend;\n");
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*only through src\/api/)]);
  });

  it('refuses one renderer feature importing another, and shared renderer code importing a feature', async () => {
    expect((await problems('renderer/src/features/portfolio/X.tsx', "import { StaleBadge } from '../review/StaleBadge';\n")).join()).toMatch(/Features do not import each other/);
    expect((await problems('renderer/src/components/X.tsx', "import { ChecklistTab } from '../features/checklist/ChecklistTab';\n")).join()).toMatch(/imports no feature or screen/);
    expect((await problems('renderer/src/features/portfolio/X.tsx', "import { x } from '../../../../electron/backend/index';\n")).join()).toMatch(/only through src\/api/);
    expect(await problems('renderer/src/features/portfolio/X.tsx', "import { StatusBadge } from '../../components/StatusBadge';\nexport const y = StatusBadge;\n")).toEqual([]);
  });

  it('refuses ipc importing main, and the backend importing ipc', async () => {
    const ipc = await problems('electron/ipc/x.ts', "import { startApp } from '../main/app';\nexport const s = startApp;\n");
    expect(ipc).toEqual([expect.stringMatching(/^no-restricted-imports: .*never main/)]);
    const backend = await problems('electron/backend/services/x.ts', "import { serveBackend } from '../../ipc/backend-server';\nexport const s = serveBackend;\n");
    expect(backend).toEqual([expect.stringMatching(/^no-restricted-imports: .*electron\/db and shared\/ only/)]);
  });

  it('refuses main reaching into the backend, and the preload importing anything but electron', async () => {
    const main = await problems('electron/main/x.ts', "import { createRouter } from '../backend/router';\nexport const r = createRouter;\n");
    expect(main).toEqual([expect.stringMatching(/^no-restricted-imports:/)]);
    const preload = await problems('electron/preload/x.ts', "import { INVOKE_CHANNEL } from '../ipc/channel';\nexport const c = INVOKE_CHANNEL;\n");
    expect(preload).toEqual([expect.stringMatching(/^no-restricted-imports: .*nothing but electron/)]);
  });

  it('keeps repos out of services except as types (the wiring hands each service its own)', async () => {
    const found = await problems('electron/backend/services/x.ts', "import { planRepo } from '../repos/plan-repo';\nimport type { PlanRecord } from '../repos/plan-repo';\nexport const a = planRepo;\nexport type P = PlanRecord;\n");
    expect(found).toEqual([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*wiring/)]);
  });

  it('lets each layer import what it is allowed to', async () => {
    const allowed: [string, string][] = [
      ['shared/domain/x.ts', "import { z } from 'zod';\nimport { AppError } from '../errors';\nexport const a = [z, AppError];\n"],
      ['renderer/src/features/x/y.ts', "import { contract } from '../../../../shared/contract';\nexport const c = contract;\n"],
      ['electron/ipc/x.ts', "import type { Backend } from '../backend/index';\nimport { contract } from '../../shared/contract';\nexport type B = Backend;\nexport const c = contract;\n"],
      ['electron/backend/services/x.ts', "import fs from 'node:fs';\nimport { openDatabase } from '../../db/connection';\nexport const a = [fs, openDatabase];\n"],
      ['electron/main/x.ts', "import { app } from 'electron';\nimport { INVOKE_CHANNEL } from '../ipc/channel';\nimport { CSP_HEADER } from '../host/csp';\nexport const a = [app, INVOKE_CHANNEL, CSP_HEADER];\n"],
      ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nexport const c = contextBridge;\n"],
    ];
    for (const [file, code] of allowed) expect(await problems(file, code), file).toEqual([]);
  });
});
