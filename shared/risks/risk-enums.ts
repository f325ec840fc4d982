/** The risk register's enums; their user-facing words live in the shared vocabulary. */
export const RISK_CATEGORIES = [
  'regulatory_compliance',
  'data_protection_localization',
  'security',
  'operational',
  'people_culture',
  'financial',
  'political_geopolitical',
  'crisis_continuity',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_STATUSES = ['open', 'treating', 'accepted', 'closed', 'became_issue'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const RISK_RESPONSES = ['avoid', 'reduce', 'transfer', 'accept'] as const;
export type RiskResponse = (typeof RISK_RESPONSES)[number];

export const CONTROL_EFFECTIVENESS = ['none', 'weak', 'partial', 'effective'] as const;
export type ControlEffectiveness = (typeof CONTROL_EFFECTIVENESS)[number];

export const RISK_STAGES = ['inherent', 'current', 'residual'] as const;
export type RiskStage = (typeof RISK_STAGES)[number];
