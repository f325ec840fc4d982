/**
 * One rule for every text field the API accepts, so that what the user typed is what
 * the store keeps (and what a ledger hash covers):
 *
 * - lone UTF-16 surrogates are refused: SQLite would store them as U+FFFD, so the text
 *   read back differs from the text hashed (a sign-off comment with one would break the
 *   ledger chain for good);
 * - C0 control characters (NUL, ESC, …) are refused; multi-line fields keep tab, line
 *   feed and carriage return;
 * - in names and titles the bidi embedding/override/isolate controls (U+202A–U+202E,
 *   U+2066–U+2069) are refused: they can make a name read as something else;
 * - the text is normalized to NFC, then trimmed (unless the field keeps its spacing)
 *   and its length checked.
 *
 * Each refusal is a sentence that starts with the field's label, in the same style as
 * the length messages ("Title must be at most 300 characters").
 */
import { z } from 'zod';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Matching control characters is the point of these two.
// eslint-disable-next-line no-control-regex
const C0_ANY = /[\u0000-\u001F]/;
// eslint-disable-next-line no-control-regex
const C0_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export interface SafeTextOptions {
  /** The field's label as the user sees it ("Title", "Display name"). */
  label: string;
  /** Longest accepted text, counted after normalizing and trimming. */
  max: number;
  /** Shortest accepted text, with its own message ("Enter a title"). */
  min?: { length: number; message: string };
  /** Keeps tab, line feed and carriage return (notes, comments, descriptions). */
  multiline?: boolean;
  /** A name or title: bidi controls are refused too. */
  name?: boolean;
  /** Trim surrounding white space (default true). */
  trim?: boolean;
}

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first problem with a text, as a sentence starting with the label, or null. */
export function textProblem(value: string, opts: Pick<SafeTextOptions, 'label' | 'multiline' | 'name'>): string | null {
  if (LONE_SURROGATE.test(value)) {
    return `${opts.label} contains a broken character (an unpaired UTF-16 surrogate) that cannot be stored; retype that part`;
  }
  const control = (opts.multiline ? C0_EXCEPT_WHITESPACE : C0_ANY).exec(value);
  if (control) {
    const allowed = opts.multiline ? ' (only tabs and line breaks are allowed)' : '';
    return `${opts.label} contains a control character (${codePoint(control[0])}) that cannot be stored${allowed}; remove it`;
  }
  if (opts.name) {
    const bidi = BIDI_CONTROL.exec(value);
    if (bidi) return `${opts.label} contains a text-direction control character (${codePoint(bidi[0])}) that can disguise it; remove it`;
  }
  return null;
}

/** A zod string schema for a text field (still a ZodString, so `.min()`/`.optional()` chain as before). */
export function safeText(opts: SafeTextOptions): z.ZodString {
  let s = z
    .string({ error: `${opts.label} must be text` })
    .check(
      z.superRefine((value: string, ctx) => {
        const problem = textProblem(value, opts);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value, abort: true });
      }),
    )
    .normalize('NFC');
  if (opts.trim !== false) s = s.trim();
  if (opts.min) s = s.min(opts.min.length, opts.min.message);
  return s.max(opts.max, `${opts.label} must be at most ${opts.max.toLocaleString('en-GB')} characters`);
}
