import { DatabaseBackup, History, TriangleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { BackupPreview, BackupStatus } from '../../../../shared/backup-schema';
import { api } from '../../api/client';
import { hostCapabilities } from '../../api/host-capabilities';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { base64ToBytes } from '../../lib/browser-files';
import { errorMessage } from '../../lib/error-message';
import { formatBytes } from '../../lib/format-bytes';
import { formatCount, formatDateTime } from '../../lib/format-date';
import { Panel } from '../../components/Section';

/** Set before the app reloads on a restored database, read once after. */
const RESTORED_KEY = 'landfall.restored';

/** Back up now, the backups kept in the data folder, and restoring a backup after seeing what it holds. */
export function BackupsSection() {
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<string | null>(null);
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [restored] = useState(() => {
    const note = sessionStorage.getItem(RESTORED_KEY);
    sessionStorage.removeItem(RESTORED_KEY);
    return note;
  });

  const refresh = () =>
    api('backup.status', {})
      .then(setStatus)
      .catch((err: unknown) => setError(errorMessage(err)));
  useEffect(() => {
    void refresh();
  }, []);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const backUpNow = () =>
    run(async () => {
      setMade(null);
      const file = await api('backup.create', {});
      const saved = await hostCapabilities().saveFile({
        suggestedName: file.fileName,
        bytes: base64ToBytes(file.contentBase64),
        filters: [{ name: 'Landfall backup', extensions: ['sqlite'] }],
      });
      if (saved.saved) setMade(`Backed up to ${saved.name ?? file.fileName}: ${formatBytes(file.size)}, made ${formatDateTime(file.at)}.`);
    });

  const chooseBackup = () =>
    run(async () => {
      setPreview(null);
      const picked = await hostCapabilities().pickFile({ title: 'Restore from a backup', filters: [{ name: 'Landfall backup', extensions: ['sqlite'] }] });
      if (!picked) return;
      let binary = '';
      for (let i = 0; i < picked.bytes.length; i += 0x8000) binary += String.fromCharCode(...picked.bytes.subarray(i, i + 0x8000));
      setPreview(await api('backup.inspect', { fileName: picked.name, contentBase64: btoa(binary) }));
    });

  const restore = (p: BackupPreview) =>
    run(async () => {
      const result = await api('backup.restore', { token: p.token });
      sessionStorage.setItem(
        RESTORED_KEY,
        `Restored ${p.fileName}: ${formatCount(result.entries)} ${result.entries === 1 ? 'entry' : 'entries'}. The data as it was before is kept as ${result.safetyBackup} in the data folder's backups.`,
      );
      // Every screen reads the restored database from scratch.
      window.location.reload();
    });

  const daily = status?.backups.filter((b) => b.name.startsWith('landfall-daily-')) ?? [];
  const others = status?.backups.filter((b) => !b.name.startsWith('landfall-daily-')) ?? [];

  return (
    <Panel id="settings-backups" title="Backups" className="settings-backups">
      {restored ? <p className="backup-note" role="status">{restored}</p> : null}
      <ErrorAlert message={error} />
      <div className="backup-actions">
        <Button icon={DatabaseBackup} variant="primary" disabled={busy} onClick={() => void backUpNow()}>
          Back up now
        </Button>
        <Button icon={History} disabled={busy} onClick={() => void chooseBackup()}>
          Restore from a backup…
        </Button>
      </div>
      {made ? (
        <p className="backup-note" role="status">
          {made}
        </p>
      ) : null}
      {preview ? (
        <div className="backup-preview" role="group" aria-labelledby="backup-preview-title">
          <h3 id="backup-preview-title" className="backup-preview-title">
            <TriangleAlert size={16} aria-hidden="true" /> Restore {preview.fileName}?
          </h3>
          <dl className="backup-facts">
            <div>
              <dt>Entries</dt>
              <dd>{formatCount(preview.entries)}</dd>
            </div>
            <div>
              <dt>Last change in it</dt>
              <dd>{preview.lastChange ? formatDateTime(preview.lastChange) : 'None recorded'}</dd>
            </div>
            <div>
              <dt>Size</dt>
              <dd>{formatBytes(preview.size)}</dd>
            </div>
          </dl>
          <p>
            Everything in Landfall is replaced by this backup. The data as it is now is backed up into the data folder first, so this can be undone by
            restoring that file.
          </p>
          <div className="backup-actions">
            <Button variant="danger" disabled={busy} onClick={() => void restore(preview)}>
              Restore this backup
            </Button>
            <Button disabled={busy} onClick={() => setPreview(null)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
      <p className="muted">
        Landfall also backs up into its data folder once a day (kept 14 days, at most 20 files), before a schema update and before a restore.
      </p>
      {status === null ? null : status.backups.length === 0 ? (
        <p className="muted">No backups in the data folder yet.</p>
      ) : (
        <table className="data-table backup-table" aria-label="Backups in the data folder">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Made</th>
              <th scope="col" className="num">
                Size
              </th>
            </tr>
          </thead>
          <tbody>
            {[...daily, ...others].map((b) => (
              <tr key={b.name}>
                <td>
                  <code>{b.name}</code>
                </td>
                <td className="nowrap">{formatDateTime(b.at)}</td>
                <td className="num nowrap">{formatBytes(b.size)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
