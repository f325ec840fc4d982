/** Human names for input fields, used to make an error name the field it is about. */
const LABELS: Record<string, string> = {
  name: 'Name',
  targetCountry: 'Target country',
  targetSubdivision: 'Region',
  homeCountry: 'Home market',
  startDate: 'Start date',
  targetDays: 'Readiness target (days)',
  programManager: 'Program manager',
  status: 'Status',
  description: 'Description',
  profile: 'Applicability profile',
  'profile.entryMode': 'Entry mode',
  'profile.customerType': 'Customers',
  'profile.dataSubjects': 'Number of people whose data is processed',
  'profile.regulatedSectors': 'Regulated sectors',
  'profile.expectedMarketRevenue': 'Expected annual revenue in the market',
  'profile.expectedMarketRevenue.amount': 'Expected annual revenue in the market',
  'profile.expectedMarketRevenue.currency': 'Currency of the expected market revenue',
  'profile.globalRevenue': 'Global annual revenue',
  'profile.globalRevenue.amount': 'Global annual revenue',
  'profile.globalRevenue.currency': 'Currency of the global revenue',
  displayName: 'Display name',
  role: 'Role',
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
