/**
 * One market's dashboard row from the maps the portfolio reads in one pass, with the risk
 * figures handed in through the provider type the risk register implements
 * (RiskFiguresProvider): hand-worked figures in, derived health and counts out.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/entry-schema';
import type { RiskFiguresProvider, RiskPortfolioFigures } from '../../shared/portfolio-schema';
import { addDays } from '../../shared/domain/iso-date';
import { expiringSoon, expiringWithin } from '../../shared/domain/portfolio-targets';
import { marketRow, type MarketSources } from '../../electron/backend/services/portfolio/dashboard';
import type { ForecastRecord } from '../../electron/backend/repos/plan-forecast-repo';
import { sampleProfile } from '../fixtures/profile';

const AS_OF = '2027-03-01';

const entry: Entry = {
  id: 'de',
  name: 'Germany launch',
  targetCountry: 'DE',
  targetSubdivision: null,
  homeCountry: 'US',
  startDate: '2027-01-04',
  targetDays: 90,
  targetDate: '2027-04-04',
  programManager: 'Dana',
  status: 'active',
  archived: false,
  description: '',
  profile: sampleProfile(),
  createdAt: '2027-01-04T09:00:00.000Z',
  updatedAt: '2027-01-04T09:00:00.000Z',
  version: 1,
};

const forecast = (extra: Partial<ForecastRecord> = {}): ForecastRecord => ({
  entryId: 'de',
  computedAt: '2027-03-01T09:00:00.000Z',
  statusDate: AS_OF,
  statusDateFollowsToday: true,
  forecastFinish: '2027-03-30',
  readyOn: null,
  businessDaysPastTarget: -4,
  baselineSlipDays: 0,
  criticalLate: 0,
  ...extra,
});

const noRisks: RiskPortfolioFigures = { critical: 0, high: 0, aboveAppetite: 0, acceptancesExpiring30d: 0, p50: null, p80: null };

function sources(risks: RiskFiguresProvider, f = forecast(), conditions: string[] = []): MarketSources {
  return {
    counts: new Map([['de', { signedOff: 5, applicable: 20, open: 15, overdue: 0, blocked: 0, inReview: 2 }]]),
    compliance: new Map([['de', { applicableInForce: 16, approvedInForce: 4, overdueSignoffs: 0 }]]),
    forecasts: new Map([['de', f]]),
    conditions: new Map([['de', conditions]]),
    risks: risks(AS_OF),
    efficiency: new Map([['de', { index: 0.9, satisfaction: 91, metricsUsed: 3 }]]),
  };
}

const provider =
  (figures: Partial<RiskPortfolioFigures> | null): RiskFiguresProvider =>
  () =>
    new Map(figures ? [['de', { ...noRisks, ...figures }]] : []);

describe("a market's row with the risk register's figures", () => {
  it('says "no risks recorded" (null) for a market the provider does not list, and stays on track', () => {
    const { row } = marketRow(entry, AS_OF, sources(() => new Map()));
    expect(row.risks).toBeNull();
    expect(row.p80).toBeNull();
    expect(row.health).toBe('on_track');
    expect(row.readinessPercent).toBe(25); // 5 ÷ 20
    expect(row.compliancePercent).toBe(25); // 4 ÷ 16
    expect(row.daysToReadiness).toBe(85); // 4 Jan → 30 Mar
  });

  it('turns health at risk when risks are above appetite, with the reason in words', () => {
    const { row } = marketRow(entry, AS_OF, sources(provider({ critical: 1, high: 3, aboveAppetite: 2 })));
    expect(row.health).toBe('at_risk');
    expect(row.healthReasons).toEqual(['2 risks are above appetite']);
    expect(row.risks).toEqual({ critical: 1, high: 3, aboveAppetite: 2, acceptancesExpiring30d: 0 });
  });

  it('takes days to readiness from the risk-adjusted P80, and is at risk when P80 passes the target', () => {
    const { row } = marketRow(entry, AS_OF, sources(provider({ p50: '2027-04-01', p80: '2027-04-12' })));
    expect(row).toMatchObject({ p50: '2027-04-01', p80: '2027-04-12', daysToReadiness: 98, daysBasis: 'p80', health: 'at_risk' });
  });

  it('counts an acceptance expiring in 20 days beside a conditional approval expiring in 10', () => {
    const expiries = [addDays(AS_OF, 20), addDays(AS_OF, 45)];
    const { row } = marketRow(entry, AS_OF, sources(provider({ acceptancesExpiring30d: expiringWithin(expiries, AS_OF, 30) }), forecast(), [addDays(AS_OF, 10)]));
    expect(row.risks!.acceptancesExpiring30d).toBe(1);
    expect(row.conditionsExpiring).toBe(1);
    expect(expiringSoon(row)).toBe(2);
  });

  it('turns late when a critical-path task is behind its baseline, whatever the risks say', () => {
    const { row } = marketRow(entry, AS_OF, sources(provider(null), forecast({ criticalLate: 1, baselineSlipDays: 3 })));
    expect(row.health).toBe('late');
    expect(row.healthReasons).toEqual(['1 critical-path task is behind the baseline']);
    expect(row.baselineSlipDays).toBe(3);
  });
});
