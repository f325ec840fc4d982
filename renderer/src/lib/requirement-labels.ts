/** Reading library values that may come from outside the enums (a newer pack, a stored string). */
import { CATEGORY_LABELS, OWNER_ROLE_LABELS } from '../../../shared/vocabulary/requirements';

/** The label for a value that may come from outside the enum; unknown values read as themselves. */
export function labelFor(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}

export function categoryLabel(value: string): string {
  return labelFor(CATEGORY_LABELS, value);
}

export function ownerRoleLabel(value: string): string {
  return labelFor(OWNER_ROLE_LABELS, value);
}

/** "GDPR — Art. 33": the law and the article, as counsel would cite them. */
export function citationText(c: { law: string; article: string }): string {
  return `${c.law} — ${c.article}`;
}
