/** The words for leadership's portfolio: the four targets, health, snapshot kinds and the pack's parts. */
import type { Health, Targets } from '../domain/portfolio-targets';
import type { PACK_FORMATS, SNAPSHOT_KINDS, TIMELINE_ALIGNMENTS } from '../portfolio-schema';

export const TARGET_LABELS = {
  readinessDays: 'Days to operational readiness',
  compliancePercent: 'Regulatory compliance',
  efficiencyPercent: 'Operational efficiency vs domestic',
  satisfactionPercent: 'Customer satisfaction',
} as const satisfies Record<keyof Targets, string>;

/** Short names for the tiles and table headers. */
export const TARGET_SHORT_LABELS = {
  readinessDays: 'Days to readiness',
  compliancePercent: 'Compliance',
  efficiencyPercent: 'Efficiency index',
  satisfactionPercent: 'CSAT',
} as const satisfies Record<keyof Targets, string>;

export const TARGET_UNITS = {
  readinessDays: 'days',
  compliancePercent: '%',
  efficiencyPercent: '%',
  satisfactionPercent: '%',
} as const satisfies Record<keyof Targets, string>;

export const HEALTH_LABELS = {
  on_track: 'On track',
  at_risk: 'At risk',
  late: 'Late',
} as const satisfies Record<Health, string>;

export const SNAPSHOT_KIND_LABELS = {
  monthly: 'Monthly',
  on_demand: 'On demand',
} as const satisfies Record<(typeof SNAPSHOT_KINDS)[number], string>;

export const PACK_FORMAT_LABELS = {
  pdf: 'PDF (portfolio page, then one page per market)',
  xlsx: 'XLSX (the same figures in sheets)',
  ics: 'ICS (every market’s milestones)',
} as const satisfies Record<(typeof PACK_FORMATS)[number], string>;

export const TIMELINE_ALIGNMENT_LABELS = {
  relative: 'Day 0 … day N',
  calendar: 'Calendar dates',
} as const satisfies Record<(typeof TIMELINE_ALIGNMENTS)[number], string>;

export const DAYS_BASIS_LABELS = {
  actual: 'actual',
  p80: 'P80',
  forecast: 'forecast',
} as const;
