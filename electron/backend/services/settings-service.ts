/** Settings (display name, declared role) and the installation id; they name who acts. */
import type { Settings } from '../../../shared/contract';
import type { Role } from '../../../shared/entry-schema';
import { ROLES } from '../../../shared/entry-schema';
import type { SettingsRepo } from '../repos/settings-repo';
import { DEFAULT_TARGETS, type Targets } from '../../../shared/domain/portfolio-targets';
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

  /** Leadership's four targets: the stored value of each, else its default. */
  function targets(): Targets {
    const out = { ...DEFAULT_TARGETS };
    for (const key of Object.keys(DEFAULT_TARGETS) as (keyof Targets)[]) {
      const stored = Number(repo.get(`target.${key}`));
      if (repo.get(`target.${key}`) !== undefined && Number.isFinite(stored)) out[key] = stored;
    }
    return out;
  }

  return {
    get,
    actor,
    targets,

    /** Sets the four targets (validated by the contract: days 1–730, percentages 0–100). */
    updateTargets(input: Targets): Targets {
      return kernel.write(() => {
        const before = targets();
        for (const key of Object.keys(DEFAULT_TARGETS) as (keyof Targets)[]) repo.set(`target.${key}`, String(input[key]));
        const after = targets();
        audit('settings', 'targets', 'update_targets', before, after);
        return after;
      });
    },

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
