import type { Settings } from '../../../shared/contract';
import type { Role } from '../../../shared/entry-schema';
import { ROLES } from '../../../shared/entry-schema';
import { actorName, writeAudit, type ServiceContext } from './context';

function asRole(v: string | undefined): Role | null {
  return (ROLES as readonly string[]).includes(v ?? '') ? (v as Role) : null;
}

export function settingsService(ctx: ServiceContext) {
  function get(): Settings {
    return {
      displayName: ctx.settings.get('displayName') ?? '',
      role: asRole(ctx.settings.get('role')),
      osUser: ctx.osUser,
      actor: actorName(ctx),
    };
  }
  return {
    get,
    update(input: { displayName: string; role: Role | null }): Settings {
      return ctx.db.transaction(() => {
        const before = get();
        ctx.settings.set('displayName', input.displayName);
        ctx.settings.set('role', input.role ?? '');
        const after = get();
        writeAudit(ctx, 'settings', 'settings', 'update', before, after);
        return after;
      }).immediate();
    },
  };
}
