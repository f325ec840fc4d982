interface ProgressBarProps {
  /** The bar's accessible name ("Readiness"). */
  label: string;
  value: number;
  /** The whole the value is counted against; 100 for a percentage. */
  max?: number;
  /** What a screen reader says instead of the bare number. */
  valueText?: string;
  tone?: string;
}

/** A progress bar: the track and its fill, exposed as a progressbar from 0 to max (a value past max fills it). */
export function ProgressBar({ label, value, max = 100, valueText, tone }: ProgressBarProps) {
  const now = Math.min(value, max);
  return (
    <div
      className={tone ? `progress-track tone-${tone}` : 'progress-track'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={now}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={{ width: `${(now / max) * 100}%` }} />
    </div>
  );
}
