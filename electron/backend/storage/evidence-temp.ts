/**
 * Evidence files are written to `<sha256>.<pid>.tmp` beside their final name and then
 * renamed into place. A crash between the two leaves the .tmp behind; on start (with the
 * data-folder lock held, so no other Landfall is writing) such leftovers are removed.
 */
import fs from 'node:fs';
import path from 'node:path';

const TEMP_NAME = /^[0-9a-f]{64}\.\d+\.tmp$/;
const SHARD = /^[0-9a-f]{2}$/;

/** Removes stray evidence .tmp files; returns how many were removed. Never touches anything else. */
export function removeStrayEvidenceTemps(dataDir: string): number {
  const root = path.join(dataDir, 'evidence');
  let removed = 0;
  let shards: fs.Dirent[];
  try {
    shards = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const shard of shards) {
    if (!shard.isDirectory() || !SHARD.test(shard.name)) continue;
    const dir = path.join(root, shard.name);
    for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!f.isFile() || !TEMP_NAME.test(f.name) || !f.name.startsWith(shard.name)) continue;
      fs.rmSync(path.join(dir, f.name), { force: true });
      removed++;
    }
  }
  return removed;
}
