/** Readable labels for the requirements library and checklist enums. */
import type { ItemStatus } from '../../../shared/checklist-schema';
import type { Category, Workstream } from '../../../shared/requirements/pack-schema';
import type { OWNER_ROLES } from '../../../shared/requirements/pack-schema';

export const CATEGORY_LABELS: Record<Category, string> = {
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
};

export const WORKSTREAM_LABELS: Record<Workstream, string> = {
  regulatory_legal: 'Regulatory & legal',
  infrastructure_technology: 'Infrastructure & technology',
  team_operations: 'Team & operations',
};

export const OWNER_ROLE_LABELS: Record<(typeof OWNER_ROLES)[number], string> = {
  legal: 'Legal',
  privacy: 'Privacy',
  security: 'Security',
  it: 'IT',
  finance: 'Finance',
  tax: 'Tax',
  hr: 'HR',
  operations: 'Operations',
  program_manager: 'Program manager',
};

export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  in_review: 'In review',
  blocked: 'Blocked',
  not_applicable: 'Not applicable',
  signed_off: 'Signed off',
};

/** The label for a value that may come from outside the enum (a newer pack, a stored string); unknown values read as themselves. */
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

/** What a none-known note says was looked for: "No data-localization law known". */
export const NONE_KNOWN_PHRASES: Record<Category, string> = {
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
};

/** Requirement fields as a reader names them (for "changed: Summary, Lead time"). */
export const REQUIREMENT_FIELD_LABELS: Record<string, string> = {
  id: 'Id',
  title: 'Title',
  summary: 'Summary',
  jurisdiction: 'Jurisdiction',
  category: 'Category',
  appliesWhen: 'Applicability rule',
  citation: 'Citation',
  sourceUrl: 'Source',
  ownerRole: 'Owner role',
  leadTimeDays: 'Lead time',
  evidenceExpected: 'Evidence expected',
  workstream: 'Workstream',
  effectiveFrom: 'Effective from',
  effectiveUntil: 'Effective until',
  lastReviewed: 'Last reviewed',
  verified: 'Verified',
  reviewNote: "Reviewer's note",
};

export const PACK_ORIGIN_LABELS: Record<'builtin' | 'imported' | 'custom', string> = {
  builtin: 'Shipped with Landfall',
  imported: 'Imported',
  custom: 'Your own',
};
