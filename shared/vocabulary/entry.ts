/**
 * The words for the market entry's enums: statuses, roles and every answer of the
 * applicability profile. Each record is keyed by the schema's enum, so a value without
 * its words fails the typecheck. Screens, rule explanations and exports all read these.
 */
import type {
  CustomerType,
  DataSubjectBand,
  EntryMode,
  EntryStatus,
  ProfileFlag,
  RegulatedSector,
  Role,
} from '../entry-schema';

export const STATUS_LABELS = {
  planning: 'Planning',
  active: 'Active',
  ready: 'Ready',
  on_hold: 'On hold',
} as const satisfies Record<EntryStatus, string>;

export const ROLE_LABELS = {
  program_manager: 'Program manager',
  legal: 'Legal',
  leadership: 'Leadership',
} as const satisfies Record<Role, string>;

export const ENTRY_MODE_LABELS = {
  subsidiary: 'Subsidiary',
  branch: 'Branch',
  employer_of_record: 'Employer of record',
  cross_border: 'Cross-border sales without local presence',
} as const satisfies Record<EntryMode, string>;

export const ENTRY_MODE_HINTS = {
  subsidiary: 'A locally incorporated company',
  branch: 'A registered branch of the parent company',
  employer_of_record: 'Local staff employed through a third party',
  cross_border: 'Selling into the market from abroad',
} as const satisfies Record<EntryMode, string>;

/** How a rule explanation says it: "applies because: …; enters through a branch". */
export const ENTRY_MODE_PHRASES = {
  subsidiary: 'enters through a local subsidiary',
  branch: 'enters through a branch',
  employer_of_record: 'employs through an employer of record',
  cross_border: 'sells cross-border without a local presence',
} as const satisfies Record<EntryMode, string>;

export const CUSTOMER_TYPE_LABELS = {
  b2b: 'Businesses (B2B)',
  b2c: 'Consumers (B2C)',
  both: 'Both',
} as const satisfies Record<CustomerType, string>;

export const CUSTOMER_PHRASES = {
  b2b: 'sells to businesses',
  b2c: 'sells to consumers',
  both: 'sells to businesses and consumers',
} as const satisfies Record<CustomerType, string>;

export const DATA_SUBJECT_LABELS = {
  none: 'None',
  under_1k: 'Fewer than 1,000 people',
  '1k_to_10k': '1,000 to 10,000 people',
  '10k_to_100k': '10,000 to 100,000 people',
  '100k_to_1m': '100,000 to 1 million people',
  over_1m: 'More than 1 million people',
} as const satisfies Record<DataSubjectBand, string>;

/** The band an entry falls in, inside a reason: "personal data of 1,000–10,000 people". */
export const DATA_SUBJECT_PHRASES = {
  none: 'no people',
  under_1k: 'fewer than 1,000 people',
  '1k_to_10k': '1,000–10,000 people',
  '10k_to_100k': '10,000–100,000 people',
  '100k_to_1m': '100,000–1 million people',
  over_1m: 'over 1 million people',
} as const satisfies Record<DataSubjectBand, string>;

/** A rule's threshold in words: "processes personal data of at least 10,000 people". */
export const DATA_SUBJECT_AT_LEAST = {
  none: 'any number of people',
  under_1k: 'any number of people',
  '1k_to_10k': 'at least 1,000 people',
  '10k_to_100k': 'at least 10,000 people',
  '100k_to_1m': 'at least 100,000 people',
  over_1m: 'more than 1 million people',
} as const satisfies Record<DataSubjectBand, string>;

export const SECTOR_LABELS = {
  critical_infrastructure: 'Critical infrastructure',
  finance: 'Finance',
  health: 'Health',
  telecom: 'Telecommunications',
  energy: 'Energy',
} as const satisfies Record<RegulatedSector, string>;

export const SECTOR_PHRASES = {
  critical_infrastructure: 'critical infrastructure',
  finance: 'finance',
  health: 'health',
  telecom: 'telecom',
  energy: 'energy',
} as const satisfies Record<RegulatedSector, string>;

export interface FlagWords {
  /** The checkbox's label in the entry form, and the row's name in the profile summary. */
  label: string;
  /** What the question covers, under the label. */
  hint: string;
  /** How a rule explanation says the answer: yes and no. */
  yes: string;
  no: string;
}

/** The profile's yes/no questions: declared here once, listed by the entry form and explained by the rules. */
export const PROFILE_FLAG_WORDS = {
  processesPersonalData: {
    label: 'Processes personal data of local residents',
    hint: 'Customers, users, employees or anyone else living in the target country',
    yes: 'processes personal data of residents',
    no: 'does not process personal data of residents',
  },
  sensitiveData: {
    label: 'Special-category or sensitive data',
    hint: 'Health, biometrics, religion, political views, criminal records',
    yes: 'processes special-category or sensitive data',
    no: 'no special-category or sensitive data',
  },
  childrensData: {
    label: "Children's data",
    hint: 'Data of people under the local age of digital consent',
    yes: "processes children's data",
    no: "no children's data",
  },
  paymentData: {
    label: 'Payment data',
    hint: 'Card numbers or payment account details',
    yes: 'handles payment data',
    no: 'no payment data',
  },
  aiInProduct: {
    label: 'AI systems in the product',
    hint: 'The product includes or is built on AI models',
    yes: 'uses AI systems in the product',
    no: 'no AI in the product',
  },
  aiInDecisionsAboutPeople: {
    label: 'AI in decisions about people',
    hint: 'Hiring, credit, access to services or similar',
    yes: 'uses AI in decisions about people',
    no: 'no AI in decisions about people',
  },
  sellsDigitalServicesToConsumers: {
    label: 'Sells digital services to consumers',
    hint: 'Apps, subscriptions, streaming, online services',
    yes: 'sells digital services to consumers',
    no: 'no digital services sold to consumers',
  },
  employsLocalStaff: {
    label: 'Will employ local staff',
    hint: 'Employees based in the target country',
    yes: 'will employ local staff',
    no: 'no local staff',
  },
} as const satisfies Record<ProfileFlag, FlagWords>;
