/**
 * The one mapping, for the whole renderer, from where a problem was found (a zod issue's
 * path, or the `field` of an API error) to the form field that shows it.
 */

function isRecord(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

/**
 * Every field a form holds: the dotted paths of its values' leaves. A list of plain values
 * (ticked sectors) is one field; a list of rows ("durations.0.taskId") holds a field per cell.
 */
export function fieldPaths(values: object, prefix = ''): string[] {
  return Object.entries(values).flatMap(([key, value]: [string, unknown]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) return value.some(isRecord) ? [path, ...fieldPaths(value, path)] : [path];
    return isRecord(value) ? fieldPaths(value, path) : [path];
  });
}

/**
 * The fields a control edits: of the form's values, those with a registered control
 * (react-hook-form's fields: `{ _f }` at each path in the control, the `_f` record itself
 * in a resolver's options). Values no control shows (the item's id) are left out, so a
 * problem with them is told as a sentence for the form.
 */
export function registeredPaths(values: object, registered: object): string[] {
  return fieldPaths(values).filter((p) => {
    let node: unknown = registered;
    for (const key of p.split('.')) node = isRecord(node) ? (node as Record<string, unknown>)[key] : undefined;
    return isRecord(node) && ('_f' in node || typeof (node as { name?: unknown }).name === 'string');
  });
}

/**
 * The field a problem at `path` belongs to: the path itself, or the nearest enclosing field
 * ("profile.regulatedSectors.0" → "profile.regulatedSectors"), or where `aliases` sends a part
 * of the input no control edits directly ("appliesWhen" → "ruleJson"). Null when no field holds it.
 * The API's wrappers around what a form edits (`fields.` of entries.update, `patch.` of the
 * item and task updates) are looked through.
 */
export function fieldForPath(path: string, fields: readonly string[], aliases: Readonly<Record<string, string>> = {}): string | null {
  let p = path.replace(/^(fields|patch)\./, '');
  while (p !== '') {
    const alias = aliases[p];
    if (alias !== undefined) return alias;
    if (fields.includes(p)) return p;
    const cut = p.lastIndexOf('.');
    if (cut < 0) return null;
    p = p.slice(0, cut);
  }
  return null;
}

/**
 * "Comment: write the reason …" → "Write the reason …": beside its field the label already
 * names it. The backend starts a field's message with the field's name and a colon.
 */
export function withoutFieldPrefix(message: string): string {
  const m = /^[A-Z][^:]{0,40}: (.+)$/s.exec(message);
  if (!m?.[1]) return message;
  return m[1].charAt(0).toUpperCase() + m[1].slice(1);
}
