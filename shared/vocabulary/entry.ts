/**
 * The words for the market entry's enums: statuses, roles and every answer of the
 * applicability profile. Each record is keyed by the schema's enum, so a value without
 * its words fails the typecheck. Screens, rule explanations and exports all read these.
 */
import type {
  AiRole,
  CustomerType,
  FreeZone,
  HeadcountBand,
  ProfileQuestion,
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

/** An optional question's words: its answers and what a rule explanation says for "don't know". */
export interface QuestionWords extends FlagWords {
  unknown: string;
}

/** The profile's optional yes / no / don't-know questions, declared once like the flags above. */
export const PROFILE_QUESTION_WORDS = {
  aiInRegulatedProduct: {
    label: 'AI in a regulated product',
    hint: 'AI as a safety component of a product under EU product law: machinery, medical devices, toys, vehicles, lifts',
    yes: 'puts AI in a regulated product',
    no: 'no AI in a regulated product',
    unknown: 'not said whether AI is part of a regulated product',
  },
  hostsUserContent: {
    label: 'Hosts content users upload',
    hint: 'Stores posts, files, listings or messages that users provide',
    yes: 'hosts user content',
    no: 'hosts no user content',
    unknown: 'not said whether it hosts user content',
  },
  runsOnlinePlatform: {
    label: 'Runs an online platform or marketplace',
    hint: 'Shows user content to the public, or lets traders sell to consumers through it',
    yes: 'runs an online platform or marketplace',
    no: 'runs no online platform or marketplace',
    unknown: 'not said whether it runs an online platform',
  },
  offersCloudService: {
    label: 'Offers a cloud or data-processing service',
    hint: 'Hosting, SaaS infrastructure or processing data on behalf of customers',
    yes: 'offers a cloud or data-processing service',
    no: 'offers no cloud or data-processing service',
    unknown: 'not said whether it offers a cloud service',
  },
  sellsConnectedProducts: {
    label: 'Sells connected products',
    hint: 'Devices that collect or send data: wearables, smart home, vehicles, machines',
    yes: 'sells connected products',
    no: 'sells no connected products',
    unknown: 'not said whether it sells connected products',
  },
} as const satisfies Record<ProfileQuestion, QuestionWords>;

/** How the form offers an optional question's three answers. */
export const ANSWER_LABELS = { yes: 'Yes', no: 'No', unknown: "Don't know" } as const;

export const AI_ROLE_LABELS = {
  none: 'No AI',
  uses_third_party: "Uses other companies' AI",
  provides_system: 'Provides its own AI system',
  provides_gpai_model: 'Provides a general-purpose AI model',
} as const satisfies Record<AiRole, string>;

export const AI_ROLE_PHRASES = {
  none: 'uses no AI',
  uses_third_party: "uses other companies' AI",
  provides_system: 'provides its own AI system',
  provides_gpai_model: 'provides a general-purpose AI model',
} as const satisfies Record<AiRole, string>;

export const FREE_ZONE_LABELS = {
  none: 'Not in a free zone',
  difc: 'Dubai International Financial Centre (DIFC)',
  adgm: 'Abu Dhabi Global Market (ADGM)',
  other: 'Another free zone',
} as const satisfies Record<FreeZone, string>;

export const FREE_ZONE_PHRASES = {
  none: 'is established outside the free zones',
  difc: 'is established in the DIFC',
  adgm: 'is established in the ADGM',
  other: 'is established in another free zone',
} as const satisfies Record<FreeZone, string>;

export const HEADCOUNT_LABELS = {
  none: 'No local staff',
  '1_to_9': '1 to 9 people',
  '10_to_49': '10 to 49 people',
  '50_to_249': '50 to 249 people',
  '250_or_more': '250 or more people',
} as const satisfies Record<HeadcountBand, string>;

export const HEADCOUNT_PHRASES = {
  none: 'expects no local staff',
  '1_to_9': 'expects 1–9 local staff',
  '10_to_49': 'expects 10–49 local staff',
  '50_to_249': 'expects 50–249 local staff',
  '250_or_more': 'expects 250 or more local staff',
} as const satisfies Record<HeadcountBand, string>;

/** The words of the profile's other optional answers, where "don't know" needs saying. */
export const OPTIONAL_ANSWER_WORDS = {
  customerRegions: {
    label: 'States or provinces with customers or sites',
    hint: 'ISO 3166-2 codes within the target country, separated by commas (US-CA, US-CO, CA-QC). Leave empty if you do not know.',
    unknown: 'states or provinces with customers not given',
  },
  aiRole: { label: 'AI role', hint: 'The most involved role the company has', unknown: 'AI role not given' },
  freeZone: { label: 'UAE free zone', hint: 'Where a UAE company or branch is established', unknown: 'free zone not given' },
  localHeadcount: { label: 'Expected local headcount', hint: 'People working in the market in the first year', unknown: 'local headcount not given' },
} as const;
