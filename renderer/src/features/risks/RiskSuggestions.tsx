import { Check, X } from 'lucide-react';
import { useState } from 'react';
import type { RiskSuggestion } from '../../../../shared/risk-schema';
import { RISK_CATEGORY_LABELS } from '../../../../shared/vocabulary/risks';
import { Button } from '../../components/Button';

/** Suggested risks that fit the entry, each with why; add one to the register or dismiss it for good. */
export function RiskSuggestions({ suggestions, onAccept, onDismiss }: { suggestions: RiskSuggestion[]; onAccept(id: string): Promise<void>; onDismiss(id: string): Promise<void> }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  if (suggestions.length === 0) return null;
  const shown = showAll ? suggestions : suggestions.slice(0, 6);
  const run = async (id: string, fn: (id: string) => Promise<void>) => {
    setBusy(id);
    try {
      await fn(id);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="panel risk-suggestions" aria-labelledby="risk-suggestions-title">
      <h2 id="risk-suggestions-title" className="panel-title">
        Suggested risks <span className="tab-count">{suggestions.length}</span>
      </h2>
      <p className="table-count">From the template library, fitted to this market's country, profile, checklist and calendar. Dismissed ones do not come back.</p>
      <ul className="suggestion-list">
        {shown.map((s) => (
          <li key={s.templateId} className="suggestion" data-template-id={s.templateId}>
            <div className="suggestion-text">
              <strong>{s.title}</strong> <span className="muted">· {RISK_CATEGORY_LABELS[s.category]}</span>
              <p className="muted suggestion-why">Suggested because {s.reasons.join('; ')}.</p>
            </div>
            <div className="suggestion-actions">
              <Button icon={Check} disabled={busy !== null} onClick={() => void run(s.templateId, onAccept)} aria-label={`Add “${s.title}” to the register`}>
                Add
              </Button>
              <Button icon={X} variant="ghost" disabled={busy !== null} onClick={() => void run(s.templateId, onDismiss)} aria-label={`Dismiss “${s.title}”`}>
                Dismiss
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {suggestions.length > 6 ? (
        <Button variant="ghost" onClick={() => setShowAll((v) => !v)}>
          {showAll ? 'Show fewer' : `Show all ${suggestions.length}`}
        </Button>
      ) : null}
    </section>
  );
}
