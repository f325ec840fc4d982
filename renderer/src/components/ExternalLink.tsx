import { ExternalLink as ExternalIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { isWebUrl } from '../lib/browser-files';
import './details.css';

/**
 * A link to an outside web page: opens in a new tab without giving it a handle on
 * this window. Anything that is not http(s) is shown as text, never as a link.
 */
export function ExternalLink({ href, children, className, title }: { href: string; children: ReactNode; className?: string; title?: string }) {
  if (!isWebUrl(href)) return <span className={className} title={title}>{children}</span>;
  return (
    <a href={href} title={title} target="_blank" rel="noopener noreferrer" className={['external-link', className].filter(Boolean).join(' ')}>
      <span>{children}</span>
      <ExternalIcon size={12} aria-hidden="true" />
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
