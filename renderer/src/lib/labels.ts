/** Readable labels for the enums of the entry schema and settings. */
import type {
  ApplicabilityProfile,
  EntryStatus,
  Role,
} from '../../../shared/entry-schema';

export const STATUS_LABELS: Record<EntryStatus, string> = {
  planning: 'Planning',
  active: 'Active',
  ready: 'Ready',
  on_hold: 'On hold',
};

export const ENTRY_MODE_LABELS: Record<ApplicabilityProfile['entryMode'], string> = {
  subsidiary: 'Subsidiary',
  branch: 'Branch',
  employer_of_record: 'Employer of record',
  cross_border: 'Cross-border sales without local presence',
};

export const ENTRY_MODE_HINTS: Record<ApplicabilityProfile['entryMode'], string> = {
  subsidiary: 'A locally incorporated company',
  branch: 'A registered branch of the parent company',
  employer_of_record: 'Local staff employed through a third party',
  cross_border: 'Selling into the market from abroad',
};

export const CUSTOMER_TYPE_LABELS: Record<ApplicabilityProfile['customerType'], string> = {
  b2b: 'Businesses (B2B)',
  b2c: 'Consumers (B2C)',
  both: 'Both',
};

export const DATA_SUBJECT_LABELS: Record<ApplicabilityProfile['dataSubjects'], string> = {
  none: 'None',
  under_1k: 'Fewer than 1,000 people',
  '1k_to_10k': '1,000 to 10,000 people',
  '10k_to_100k': '10,000 to 100,000 people',
  '100k_to_1m': '100,000 to 1 million people',
  over_1m: 'More than 1 million people',
};

export const SECTOR_LABELS: Record<ApplicabilityProfile['regulatedSectors'][number], string> = {
  critical_infrastructure: 'Critical infrastructure',
  finance: 'Finance',
  health: 'Health',
  telecom: 'Telecommunications',
  energy: 'Energy',
};

export const ROLE_LABELS: Record<Role, string> = {
  program_manager: 'Program manager',
  legal: 'Legal',
  leadership: 'Leadership',
};

/** The yes/no questions of the applicability profile, in the order the form asks them. */
export const PROFILE_FLAGS = [
  ['sensitiveData', 'Special-category or sensitive data', 'Health, biometrics, religion, political views, criminal records'],
  ['childrensData', "Children's data", 'Data of people under the local age of digital consent'],
  ['paymentData', 'Payment data', 'Card numbers or payment account details'],
  ['aiInProduct', 'AI systems in the product', 'The product includes or is built on AI models'],
  ['aiInDecisionsAboutPeople', 'AI in decisions about people', 'Hiring, credit, access to services or similar'],
  ['sellsDigitalServicesToConsumers', 'Sells digital services to consumers', 'Apps, subscriptions, streaming, online services'],
  ['employsLocalStaff', 'Will employ local staff', 'Employees based in the target country'],
] as const satisfies ReadonlyArray<readonly [keyof ApplicabilityProfile, string, string]>;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "Friday and Saturday", "Sunday", "Friday, Saturday and Sunday". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: 'Created',
  update: 'Edited',
  archive: 'Archived',
  restore: 'Restored',
  delete: 'Deleted',
};
