import { useId, useLayoutEffect, useRef, useState } from 'react';
import './expandable-text.css';

interface ExpandableTextProps {
  text: string;
  /** The paragraph's own class (its type and colour). */
  className?: string;
  /** How many lines show while it is folded. */
  lines?: number;
  /** What the text is, for the button's accessible name ("Show more of the description"). */
  what: string;
}

/**
 * A long text shown by its first lines, with a "Show more" / "Show less" button that
 * appears only when there is more to show. Keeps a 20,000-character description from
 * pushing what follows it off the screen.
 */
export function ExpandableText({ text, className, lines = 4, what }: ExpandableTextProps) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || expanded) return;
    const measure = () => setOverflows(el.scrollHeight > el.clientHeight + 1);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [text, expanded, lines]);

  return (
    <div className="expandable-text">
      <div
        id={id}
        ref={ref}
        className={[className, 'expandable-body', expanded ? null : 'is-folded'].filter(Boolean).join(' ')}
        style={expanded ? undefined : { WebkitLineClamp: lines }}
      >
        {text}
      </div>
      {overflows || expanded ? (
        <button
          type="button"
          className="expandable-toggle"
          aria-expanded={expanded}
          aria-controls={id}
          aria-label={`${expanded ? 'Show less' : 'Show more'} of the ${what}`}
          onClick={() => setExpanded((v) => !v)}
        >
          {expanded ? 'Show less' : 'Show more'}
        </button>
      ) : null}
    </div>
  );
}
