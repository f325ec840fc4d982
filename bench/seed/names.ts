/** The invented names the bench's data is made of. */
import type { Category, Workstream } from '../../shared/requirements/pack-schema';

export const COUNTRIES = ['DE', 'FR', 'GB', 'US', 'BR', 'IN', 'ES', 'IT', 'NL', 'PL', 'JP', 'SG', 'AU', 'CA', 'MX', 'IE', 'CH', 'AE', 'ZA', 'KR'];
export const NAMES: Record<string, string> = {
  DE: 'Germany', FR: 'France', GB: 'United Kingdom', US: 'United States', BR: 'Brazil', IN: 'India', ES: 'Spain', IT: 'Italy', NL: 'Netherlands',
  PL: 'Poland', JP: 'Japan', SG: 'Singapore', AU: 'Australia', CA: 'Canada', MX: 'Mexico', IE: 'Ireland', CH: 'Switzerland', AE: 'UAE', ZA: 'South Africa', KR: 'Korea',
};
export const KINDS = ['launch', 'subsidiary', 'pilot', 'expansion', 'B2B rollout', 'payments launch'];
export const PEOPLE = ['Dana Reyes', 'Ana Silva', 'Kenji Mori', 'Priya Nair', 'Tom Becker', 'Lea Martin', 'Omar Haddad', 'Sofia Rossi', 'Jan Kowalski', 'Mia Chen'];
export const COUNSEL = ['Lee Counsel', 'Ruth Okafor', 'Marc Dubois'];
/** The team's own items (title, workstream, category); the team's own plan tasks reuse the titles. */
export const TEAM_ITEMS: [string, Workstream, Category][] = [
  ['Open a local bank account', 'team_operations', 'company_registration'],
  ['Sign the office lease', 'team_operations', 'company_registration'],
  ['Choose a payroll provider', 'team_operations', 'employment'],
  ['Localise the terms of service', 'regulatory_legal', 'consumer_platform'],
  ['Translate the privacy notice', 'regulatory_legal', 'data_protection'],
  ['Set up the support rota', 'team_operations', 'employment'],
  ['Provision the regional cloud account', 'infrastructure_technology', 'data_localization'],
  ['Load-test the local payment methods', 'infrastructure_technology', 'consumer_platform'],
  ['Register the trademark locally', 'regulatory_legal', 'intellectual_property'],
  ['Brief the sales team on local rules', 'team_operations', 'employment'],
  ['Set up VAT invoicing', 'team_operations', 'tax_vat_gst'],
  ['Configure incident reporting contacts', 'infrastructure_technology', 'security_incident_reporting'],
];
