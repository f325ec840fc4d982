/** The words for the requirements library's enums and a requirement's fields. */
import type { Category, OwnerRole, Requirement, Workstream } from '../requirements/pack-schema';
import type { PackSummary } from '../checklist-schema';

export const CATEGORY_LABELS = {
  data_protection: 'Data protection',
  data_localization: 'Data localization',
  cross_border_transfer: 'Cross-border transfer',
  breach_notification: 'Breach notification',
  representative_dpo: 'Representative / DPO',
  ai_governance: 'AI governance',
  company_registration: 'Company registration',
  tax_vat_gst: 'Tax / VAT / GST',
  intellectual_property: 'Intellectual property',
  employment: 'Employment',
  security_incident_reporting: 'Security / incident reporting',
  consumer_platform: 'Consumer / platform',
} as const satisfies Record<Category, string>;

/** What a none-known note says was looked for: "No data-localization law known". */
export const NONE_KNOWN_PHRASES = {
  data_protection: 'data-protection law',
  data_localization: 'data-localization law',
  cross_border_transfer: 'cross-border transfer rule',
  breach_notification: 'breach-notification duty',
  representative_dpo: 'representative or DPO duty',
  ai_governance: 'AI-specific law',
  company_registration: 'company-registration duty',
  tax_vat_gst: 'VAT / GST registration regime',
  intellectual_property: 'intellectual-property duty',
  employment: 'employment duty',
  security_incident_reporting: 'incident-reporting duty',
  consumer_platform: 'consumer or platform rule',
} as const satisfies Record<Category, string>;

/** The plan's three workstreams, on screen and in every timeline export. */
export const WORKSTREAM_LABELS = {
  regulatory_legal: 'Regulatory & legal',
  infrastructure_technology: 'Infrastructure & technology',
  team_operations: 'Team & operations',
} as const satisfies Record<Workstream, string>;

export const OWNER_ROLE_LABELS = {
  legal: 'Legal',
  privacy: 'Privacy',
  security: 'Security',
  it: 'IT',
  finance: 'Finance',
  tax: 'Tax',
  hr: 'HR',
  operations: 'Operations',
  program_manager: 'Program manager',
} as const satisfies Record<OwnerRole, string>;

/** Requirement fields as a reader names them (for "changed: Summary, Lead time"). */
export const REQUIREMENT_FIELD_LABELS = {
  id: 'Id',
  title: 'Title',
  summary: 'Summary',
  jurisdiction: 'Jurisdiction',
  category: 'Category',
  appliesWhen: 'Applies when',
  citation: 'Citation',
  sourceUrl: 'Source link',
  ownerRole: 'Owner role',
  leadTimeDays: 'Lead time (business days)',
  evidenceExpected: 'Evidence expected',
  workstream: 'Workstream',
  effectiveFrom: 'Applies from',
  effectiveUntil: 'Applies until',
  lastReviewed: 'Last reviewed',
  verified: 'Verified',
  reviewNote: "Reviewer's note",
} as const satisfies Record<keyof Requirement, string>;

export const PACK_ORIGIN_LABELS = {
  builtin: 'Shipped with Landfall',
  imported: 'Imported',
  custom: 'Your own',
} as const satisfies Record<PackSummary['origin'], string>;
