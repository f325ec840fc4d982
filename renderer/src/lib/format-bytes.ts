/** File sizes as the UI shows them: `812 bytes`, `14.2 KB`, `30.2 MB` (1 KB = 1,024 bytes). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n.toLocaleString('en-GB')} ${n === 1 ? 'byte' : 'bytes'}`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Megabytes with one decimal, the way the evidence limit is worded: `25.0 MB`. */
export function formatMegabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
