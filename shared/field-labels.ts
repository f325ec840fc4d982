/** Human names for input fields, used to make an error name the field it is about. */
import { ENTRY_FIELD_LABELS, PROFILE_FIELD_LABELS, SETTINGS_FIELD_LABELS } from './vocabulary/fields';
import { RISK_FIELD_LABELS } from './vocabulary/risks';

const LABELS: Readonly<Record<string, string>> = {
  ...RISK_FIELD_LABELS,
  ...ENTRY_FIELD_LABELS,
  ...Object.fromEntries(Object.entries(PROFILE_FIELD_LABELS).map(([key, label]) => [`profile.${key}`, label])),
  'profile.expectedMarketRevenue.amount': PROFILE_FIELD_LABELS.expectedMarketRevenue,
  'profile.expectedMarketRevenue.currency': 'Currency of the expected market revenue',
  'profile.globalRevenue.amount': PROFILE_FIELD_LABELS.globalRevenue,
  'profile.globalRevenue.currency': 'Currency of the global revenue',
  ...SETTINGS_FIELD_LABELS,
  id: 'Id',
  country: 'Country',
  includeArchived: 'Include archived',
};

export function fieldLabel(path: string): string {
  const label = LABELS[path] ?? LABELS[path.replace(/^fields\./, '')];
  if (label) return label;
  const last = path.split('.').pop() ?? path;
  const words = last.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
