/**
 * The one mapping, for the whole renderer, from where a problem was found (a zod issue's
 * path, or the `field` of an API error) to the form field that shows it.
 */

/** Every field a form holds: the dotted paths of its values' leaves (a list counts as one field). */
export function fieldPaths(values: object, prefix = ''): string[] {
  return Object.entries(values).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? fieldPaths(value as object, path) : [path];
  });
}

/**
 * The field a problem at `path` belongs to: the path itself, or the nearest enclosing field
 * ("profile.regulatedSectors.0" → "profile.regulatedSectors"), or where `aliases` sends a part
 * of the input no control edits directly ("appliesWhen" → "ruleJson"). Null when no field holds it.
 * The API's `fields.` wrapper (entries.update) is looked through.
 */
export function fieldForPath(path: string, fields: readonly string[], aliases: Readonly<Record<string, string>> = {}): string | null {
  let p = path.replace(/^fields\./, '');
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
