/** The risk register's words, keyed by the enums in shared/risks/risk-enums.ts: screen, exports and errors. */
import type { ControlEffectiveness, RiskCategory, RiskResponse, RiskStage, RiskStatus } from '../risks/risk-enums';
import type { RiskLevel } from '../risks/matrix-schema';
import type { Travel } from '../domain/risk-score';

export const RISK_CATEGORY_LABELS = {
  regulatory_compliance: 'Regulatory & compliance',
  data_protection_localization: 'Data protection & localization',
  security: 'Security',
  operational: 'Operational',
  people_culture: 'People & culture',
  financial: 'Financial',
  political_geopolitical: 'Political & geopolitical',
  crisis_continuity: 'Crisis & business continuity',
} as const satisfies Record<RiskCategory, string>;

export const RISK_STATUS_LABELS = {
  open: 'Open',
  treating: 'Treating',
  accepted: 'Accepted',
  closed: 'Closed',
  became_issue: 'Became an issue',
} as const satisfies Record<RiskStatus, string>;

export const RISK_RESPONSE_LABELS = {
  avoid: 'Avoid',
  reduce: 'Reduce',
  transfer: 'Transfer',
  accept: 'Accept',
} as const satisfies Record<RiskResponse, string>;

export const CONTROL_EFFECTIVENESS_LABELS = {
  none: 'Not effective',
  weak: 'Weak',
  partial: 'Partly effective',
  effective: 'Effective',
} as const satisfies Record<ControlEffectiveness, string>;

export const RISK_STAGE_LABELS = {
  inherent: 'Inherent',
  current: 'Current',
  residual: 'Residual',
} as const satisfies Record<RiskStage, string>;

/** Level words when no matrix is at hand (the matrix's own labels win on screen). */
export const RISK_LEVEL_LABELS = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
} as const satisfies Record<RiskLevel, string>;

export const TRAVEL_LABELS = {
  down: 'falling',
  same: 'unchanged',
  up: 'rising',
} as const satisfies Record<Travel, string>;

export const TRAVEL_ARROWS = { down: '↓', same: '→', up: '↑' } as const satisfies Record<Travel, string>;

/** Labels of the risk form's fields, for the form and for the backend's error sentences. */
export const RISK_FIELD_LABELS = {
  title: 'Title',
  cause: 'Cause',
  event: 'Event',
  effect: 'Effect',
  category: 'Category',
  workstream: 'Workstream',
  owner: 'Owner',
  status: 'Status',
  'inherent.likelihood': 'Inherent likelihood',
  'inherent.impact': 'Inherent impact',
  'current.likelihood': 'Current likelihood',
  'current.impact': 'Current impact',
  'residual.likelihood': 'Residual likelihood',
  'residual.impact': 'Residual impact',
  controls: 'Controls',
  response: 'Response',
  treatments: 'Treatment actions',
  targetLevel: 'Target level',
  targetDate: 'Target date',
  earlyWarning: 'Early-warning indicator',
  scheduleImpact: 'Schedule impact',
  'scheduleImpact.minDays': 'Schedule impact minimum',
  'scheduleImpact.likelyDays': 'Schedule impact most likely',
  'scheduleImpact.maxDays': 'Schedule impact maximum',
  'scheduleImpact.taskIds': 'Tasks the schedule impact applies to',
  costImpact: 'Cost impact',
  'costImpact.amount': 'Cost impact amount',
  'costImpact.currency': 'Cost impact currency',
  lastReview: 'Last review',
  nextReview: 'Next review',
  rationale: 'Rationale',
  expires: 'Expiry date',
  approver: 'Approver',
} as const;
