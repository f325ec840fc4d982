import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGETS, compliancePercentOf, expiringWithin, healthOf, portfolioTiles, readinessDaysOf, type MarketFigures } from '../../shared/domain/portfolio-targets';
import { changesSince } from '../../shared/domain/portfolio-history';

function market(name: string, extra: Partial<MarketFigures> = {}): MarketFigures {
  return {
    entryId: name.toLowerCase(),
    name,
    startDate: '2027-01-04',
    targetDate: '2027-04-04',
    readyOn: null,
    forecast: '2027-03-30',
    p80: null,
    applicableInForce: 20,
    approvedInForce: 20,
    overdueSignoffs: 0,
    criticalLate: 0,
    risksAboveAppetite: 0,
    efficiencyIndex: 0.9,
    satisfaction: 92,
    ...extra,
  };
}

describe('health', () => {
  it('is on track when the forecast meets the target and nothing is overdue or above appetite', () => {
    expect(healthOf(market('Germany'))).toEqual({ health: 'on_track', reasons: [] });
  });

  it('turns late when the forecast slips past the target', () => {
    const v = healthOf(market('Germany', { forecast: '2027-04-12' }));
    expect(v.health).toBe('late');
    expect(v.reasons[0]).toMatch(/forecast 2027-04-12, after the target 2027-04-04/);
  });

  it('is at risk with overdue sign-offs, risks above appetite or a P80 after the target', () => {
    expect(healthOf(market('A', { overdueSignoffs: 2 })).reasons).toEqual(['2 sign-offs are overdue']);
    expect(healthOf(market('B', { risksAboveAppetite: 1 })).reasons).toEqual(['1 risk is above appetite']);
    expect(healthOf(market('C', { p80: '2027-04-20' })).health).toBe('at_risk');
  });
});

describe('tiles against the four targets', () => {
  // Germany ready on day 80; France forecast day 100; India P80 day 120 (forecast day 85).
  const markets = [
    market('Germany', { readyOn: '2027-03-25', forecast: null, applicableInForce: 10, approvedInForce: 10, efficiencyIndex: 0.95, satisfaction: 94 }),
    market('France', { forecast: '2027-04-14', applicableInForce: 30, approvedInForce: 24, efficiencyIndex: 0.8, satisfaction: 88 }),
    market('India', { forecast: '2027-03-30', p80: '2027-05-04', applicableInForce: 0, approvedInForce: 0, efficiencyIndex: null, satisfaction: null }),
  ];
  const tiles = portfolioTiles(markets, DEFAULT_TARGETS);

  it('counts days to readiness from actuals, P80 and forecasts: (80 + 100 + 120) ÷ 3 = 100', () => {
    expect(readinessDaysOf(markets[0]!)).toEqual({ days: 80, basis: 'actual' });
    expect(readinessDaysOf(markets[2]!)).toEqual({ days: 120, basis: 'p80' });
    expect(tiles.readiness.value).toBe(100);
    expect(tiles.readiness.missing.map((m) => m.name)).toEqual(['India', 'France']);
  });

  it('takes compliance over all requirements in force: 34 ÷ 40 = 85 %', () => {
    expect(tiles.compliance.value).toBe(85);
    expect(compliancePercentOf(markets[2]!)).toBeNull();
    expect(tiles.compliance.missing).toEqual([{ entryId: 'france', name: 'France', value: 80 }]);
  });

  it('averages the efficiency index and CSAT over the markets that have one', () => {
    expect(tiles.efficiency.value).toBeCloseTo(87.5, 10);
    expect(tiles.efficiency.missing.map((m) => m.name)).toEqual(['France']);
    expect(tiles.efficiency.counted).toBe(2);
    expect(tiles.satisfaction.value).toBe(91);
    expect(tiles.satisfaction.missing.map((m) => m.name)).toEqual(['France']);
  });
});

describe('critical-path lateness and expiring acceptances', () => {
  it('turns health late when a critical-path task is behind its baseline, even with the forecast inside the target', () => {
    const v = healthOf(market('Germany', { criticalLate: 1 }));
    expect(v).toEqual({ health: 'late', reasons: ['1 critical-path task is behind the baseline'] });
    // Once the market is ready, the day it became ready decides.
    expect(healthOf(market('Germany', { criticalLate: 2, readyOn: '2027-03-30' })).health).toBe('on_track');
  });

  it('counts an acceptance expiring in 20 days, and neither one in 40 days nor one already expired', () => {
    const today = '2027-03-01';
    expect(expiringWithin(['2027-03-21'], today)).toBe(1);
    expect(expiringWithin(['2027-04-10'], today)).toBe(0);
    expect(expiringWithin(['2027-02-28'], today)).toBe(0);
    expect(expiringWithin(['2027-03-01', '2027-03-31', '2027-04-01'], today)).toBe(2); // today and day 30 count, day 31 does not
  });
});

describe('what changed since the last snapshot', () => {
  const base = { entryId: 'de', name: 'Germany', health: 'on_track', readinessPercent: 10, compliancePercent: 20, forecast: '2027-05-05', daysToReadiness: 65, inReview: 0, efficiencyIndex: null, satisfaction: null } as const;

  it('names health, forecast, compliance and readiness moves, and markets added or gone', () => {
    const changes = changesSince(
      [base, { ...base, entryId: 'fr', name: 'France' }],
      [{ ...base, health: 'late', forecast: '2027-05-19', compliancePercent: 50, readinessPercent: 10 }, { ...base, entryId: 'jp', name: 'Japan' }],
    );
    expect(changes.map((c) => `${c.name}: ${c.text}`)).toEqual([
      'Germany: Health on track → late.',
      'Germany: Forecast slipped 14 days: 5 May 2027 → 19 May 2027.',
      'Germany: Compliance 20 % → 50 %.',
      'Japan: New in the portfolio since then.',
      'France: No longer in the portfolio (archived or deleted).',
    ]);
  });

  it('says nothing when nothing moved', () => {
    expect(changesSince([base], [base])).toEqual([]);
  });
});
