import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGETS, compliancePercentOf, healthOf, portfolioTiles, readinessDaysOf, type MarketFigures } from '../../shared/domain/portfolio-targets';

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
