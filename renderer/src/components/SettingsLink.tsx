import type { ReactNode } from 'react';
import { routeHref, useRouter } from '../stores/router-store';

/** A link to Settings that first closes whatever panel it sits in. */
export function SettingsLink({ onLeave, children = 'Settings' }: { onLeave?: () => void; children?: ReactNode }) {
  const navigate = useRouter((s) => s.navigate);
  return (
    <a
      href={routeHref({ name: 'settings' })}
      onClick={(e) => {
        e.preventDefault();
        onLeave?.();
        navigate({ name: 'settings' });
      }}
    >
      {children}
    </a>
  );
}
