/**
 * Plain-language phrases for profile facts, used to explain why a requirement applies
 * ("applies because: Brazil; processes personal data of residents").
 */
import type { ApplicabilityProfile } from '../entry-schema';

export const BOOLEAN_PHRASES: Record<string, { yes: string; no: string }> = {
  processesPersonalData: { yes: 'processes personal data of residents', no: 'does not process personal data of residents' },
  sensitiveData: { yes: 'processes special-category or sensitive data', no: 'no special-category or sensitive data' },
  childrensData: { yes: "processes children's data", no: "no children's data" },
  paymentData: { yes: 'handles payment data', no: 'no payment data' },
  aiInProduct: { yes: 'uses AI systems in the product', no: 'no AI in the product' },
  aiInDecisionsAboutPeople: { yes: 'uses AI in decisions about people', no: 'no AI in decisions about people' },
  sellsDigitalServicesToConsumers: { yes: 'sells digital services to consumers', no: 'no digital services sold to consumers' },
  employsLocalStaff: { yes: 'will employ local staff', no: 'no local staff' },
};

export const ENTRY_MODE_PHRASES: Record<ApplicabilityProfile['entryMode'], string> = {
  subsidiary: 'enters through a local subsidiary',
  branch: 'enters through a branch',
  employer_of_record: 'employs through an employer of record',
  cross_border: 'sells cross-border without a local presence',
};

export const CUSTOMER_PHRASES: Record<ApplicabilityProfile['customerType'], string> = {
  b2b: 'sells to businesses',
  b2c: 'sells to consumers',
  both: 'sells to businesses and consumers',
};

export const DATA_SUBJECT_PHRASES: Record<ApplicabilityProfile['dataSubjects'], string> = {
  none: 'no people',
  under_1k: 'fewer than 1,000 people',
  '1k_to_10k': '1,000–10,000 people',
  '10k_to_100k': '10,000–100,000 people',
  '100k_to_1m': '100,000–1 million people',
  over_1m: 'over 1 million people',
};

export const SECTOR_PHRASES: Record<ApplicabilityProfile['regulatedSectors'][number], string> = {
  critical_infrastructure: 'critical infrastructure',
  finance: 'finance',
  health: 'health',
  telecom: 'telecom',
  energy: 'energy',
};
