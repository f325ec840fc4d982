/** Settings (display name, declared role) and the installation id; they name who acts. */
import type { Settings } from '../../../shared/contract';
import type { Role } from '../../../shared/entry-schema';
import { ROLES } from '../../../shared/entry-schema';
import type { SettingsRepo } from '../repos/settings-repo';
import type { Audit, Kernel } from './kernel';

function asRole(v: string | undefined): Role | null {
  return (ROLES as readonly string[]).includes(v ?? '') ? (v as Role) : null;
}

export interface SettingsDeps {
  repo: SettingsRepo;
  kernel: Kernel;
  audit: Audit;
}

export function settingsService({ repo, kernel, audit }: SettingsDeps) {
  /** The name written into audit rows: the display name from Settings, else the OS user. */
  function actor(): string {
    const name = repo.get('displayName')?.trim();
    return name ? name : kernel.osUser;
  }

  function get(): Settings {
    return { displayName: repo.get('displayName') ?? '', role: asRole(repo.get('role')), osUser: kernel.osUser, actor: actor() };
  }

  return {
    get,
    actor,

    /** Who would sign a decision now: the display name as set (trimmed) and the declared role. */
    signer(): { name: string; role: string } {
      return { name: repo.get('displayName')?.trim() ?? '', role: repo.get('role') ?? '' };
    },

    installationId(): string {
      return repo.installationId()!;
    },

    /** Gives a new database its installation id (the ledger's chain id). */
    ensureInstallation(): void {
      if (!repo.installationId()) repo.createInstallation(kernel.newId(), kernel.now().toISOString());
    },

    update(input: { displayName: string; role: Role | null }): Settings {
      return kernel.write(() => {
        const before = get();
        repo.set('displayName', input.displayName);
        repo.set('role', input.role ?? '');
        const after = get();
        audit('settings', 'settings', 'update', before, after);
        return after;
      });
    },
  };
}

export type SettingsService = ReturnType<typeof settingsService>;
