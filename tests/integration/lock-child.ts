/**
 * A child process for the lock tests (bundled by them with esbuild, run with plain node):
 *   lock <dataDir>  waits for "go" on stdin, tries the data-folder lock, prints WON or
 *                   LOST <message>, holds it until stdin closes.
 *   open <dataDir>  opens the database (lock, checks, migrations), prints OPEN, then
 *                   holds it until killed.
 */
import { acquireLock } from '../../electron/db/lock';
import { openDatabase } from '../../electron/db/connection';

const [mode, dataDir] = process.argv.slice(2) as [string, string];

if (mode === 'lock') {
  process.stdout.write('READY\n');
  let buffered = '';
  process.stdin.on('data', (d: Buffer) => {
    buffered += d.toString();
    if (!buffered.includes('go\n')) return;
    buffered = '';
    try {
      const lock = acquireLock(dataDir);
      process.stdout.write('WON\n');
      process.stdin.on('end', () => {
        lock.release();
        process.exit(0);
      });
    } catch (err) {
      process.stdout.write(`LOST ${(err as Error).message}\n`);
      process.exit(0);
    }
  });
} else if (mode === 'open') {
  openDatabase(dataDir).then(
    (opened) => {
      opened.db.prepare('SELECT count(*) FROM sqlite_master').get();
      process.stdout.write('OPEN\n');
      setInterval(() => {}, 1 << 30);
    },
    (err: Error) => {
      process.stdout.write(`REFUSED ${err.message}\n`);
      process.exit(1);
    },
  );
}
