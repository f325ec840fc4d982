import type Database from 'better-sqlite3';

export function settingsRepo(db: Database.Database) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const set = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const installation = db.prepare<[], { id: string }>('SELECT id FROM installation WHERE singleton = 1');
  const insertInstallation = db.prepare<[string, string]>(
    'INSERT INTO installation (singleton, id, created_at) VALUES (1, ?, ?)',
  );
  return {
    get(key: string): string | undefined {
      return get.get(key)?.value;
    },
    set(key: string, value: string): void {
      set.run(key, value);
    },
    installationId(): string | undefined {
      return installation.get()?.id;
    },
    createInstallation(id: string, at: string): void {
      insertInstallation.run(id, at);
    },
  };
}

export type SettingsRepo = ReturnType<typeof settingsRepo>;
