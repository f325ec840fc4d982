/** The app's mark: a simple landfall — a coastline meeting the horizon. */
export function LandfallMark() {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" className="landfall-mark">
      <rect x="1" y="1" width="22" height="22" rx="6" fill="currentColor" opacity="0.16" />
      <path d="M5 15c2.2 0 2.8-2 5-2s2.8 2 5 2 2.8-2 4-2" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      <path d="M8 10.5 12 6l4 4.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
