/** Settings (display name, declared role) and the installation id; they name who acts. */
import type { Settings } from '../../../shared/contract';
import type { Role } from '../../../shared/entry-schema';
import { ROLES } from '../../../shared/entry-schema';
import { AppError } from '../../../shared/errors';
import { DATE_FORMATS, type DateFormat, type Preferences } from '../../../shared/preferences-schema';
import { isKnownCountry } from '../reference/countries';
import { DEFAULT_TARGETS, type Targets } from '../../../shared/domain/portfolio-targets';
import type { SettingsRepo } from '../repos/settings-repo';
import type { LedgerKeyRecord } from '../signing/key-store';
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
  /** Sets the keys in one write, audited as the change in what `read` answers. */
  function auditedSet<T>(entityId: string, read: () => T, values: Record<string, string>, action = 'update'): T {
    return kernel.write(() => {
      const before = read();
      for (const [key, value] of Object.entries(values)) repo.set(key, value);
      const after = read();
      audit('settings', entityId, action, before, after);
      return after;
    });
  }

  /** The name written into audit rows: the display name from Settings, else the OS user. */
  function actor(): string {
    const name = repo.get('displayName')?.trim();
    return name ? name : kernel.osUser;
  }

  function get(): Settings {
    return { displayName: repo.get('displayName') ?? '', role: asRole(repo.get('role')), osUser: kernel.osUser, actor: actor() };
  }

  function preferences(): Preferences {
    const format = repo.get('dateFormat');
    const home = repo.get('homeMarket');
    return {
      dateFormat: (DATE_FORMATS as readonly string[]).includes(format ?? '') ? (format as DateFormat) : 'locale',
      homeMarket: home && isKnownCountry(home) ? home : null,
    };
  }

  /** Leadership's four targets: the stored value of each, else its default. */
  function targets(): Targets {
    const out = { ...DEFAULT_TARGETS };
    for (const key of Object.keys(DEFAULT_TARGETS) as (keyof Targets)[]) {
      const stored = repo.get(`target.${key}`);
      if (stored !== undefined && Number.isFinite(Number(stored))) out[key] = Number(stored);
    }
    return out;
  }

  return {
    get,
    actor,
    preferences,
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

    /** The date format and the company's home market. */
    updatePreferences(input: Preferences): Preferences {
      if (input.homeMarket !== null && !isKnownCountry(input.homeMarket)) {
        throw new AppError('invalid_input', `Home market: "${input.homeMarket}" is not an ISO 3166 country code.`, 'homeMarket');
      }
      return auditedSet('preferences', preferences, { dateFormat: input.dateFormat, homeMarket: input.homeMarket ?? '' });
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

    /** The ledger's public key as this database records it (null before a key was made). */
    ledgerKey(): LedgerKeyRecord | null {
      const publicKey = repo.get('ledger.publicKey');
      if (!publicKey) return null;
      let enrolment: Partial<LedgerKeyRecord> = {};
      try {
        enrolment = JSON.parse(repo.get('ledger.enrolment') ?? '{}') as Partial<LedgerKeyRecord>;
      } catch {
        // An unreadable enrolment reads as unsigned: verify then names it.
      }
      return {
        publicKey,
        fingerprint: repo.get('ledger.fingerprint') ?? '',
        legacyThrough: typeof enrolment.legacyThrough === 'number' ? enrolment.legacyThrough : 0,
        legacyHeadHash: typeof enrolment.legacyHeadHash === 'string' ? enrolment.legacyHeadHash : '',
        createdAt: typeof enrolment.createdAt === 'string' ? enrolment.createdAt : '',
        signature: typeof enrolment.signature === 'string' ? enrolment.signature : '',
      };
    },

    /** Records the ledger's public key and what it vouched for when made. Call inside a write. */
    recordLedgerKey(k: LedgerKeyRecord): void {
      repo.set('ledger.publicKey', k.publicKey);
      repo.set('ledger.fingerprint', k.fingerprint);
      repo.set('ledger.enrolment', JSON.stringify({ legacyThrough: k.legacyThrough, legacyHeadHash: k.legacyHeadHash, createdAt: k.createdAt, signature: k.signature }));
      audit('settings', 'ledger_key', 'create', null, { publicKey: k.publicKey, fingerprint: k.fingerprint, legacyThrough: k.legacyThrough });
    },

    update(input: { displayName: string; role: Role | null }): Settings {
      return auditedSet('settings', get, { displayName: input.displayName, role: input.role ?? '' });
    },
  };
}

export type SettingsService = ReturnType<typeof settingsService>;
