import type { ReactNode } from 'react';

/** One part of a side sheet (an item's panel, a requirement's detail) under its heading, which names the region. */
export function SheetSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section className="sheet-section" aria-labelledby={id}>
      <h3 id={id} className="sheet-section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}

interface PanelHead {
  /** The row's class: `panel-header` (a table's panel), `panel-title-row`, or the feature's own. */
  className: string;
  /** Under the title (a count, a hint). */
  subtitle?: ReactNode;
  /** After the title (buttons, a filter). */
  actions?: ReactNode;
}

interface PanelProps {
  /** The heading's id, which names the region. */
  id: string;
  title: ReactNode;
  /** Classes besides `panel` ("panel-flush task-panel"). */
  className?: string;
  /** The row the title sits in with what goes beside it; without it the title stands alone. */
  head?: PanelHead;
  children: ReactNode;
}

/** A panel of a page or tab under its heading, which names the region. */
export function Panel({ id, title, className, head, children }: PanelProps) {
  const heading = (
    <h2 id={id} className="panel-title">
      {title}
    </h2>
  );
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={id}>
      {head ? (
        <header className={head.className}>
          {head.subtitle !== undefined ? (
            <div>
              {heading}
              {head.subtitle}
            </div>
          ) : (
            heading
          )}
          {head.actions}
        </header>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
