/** Applicability rules in plain words, as the library shows them. */
import { describe, expect, it } from 'vitest';
import { describeRule } from '../../../renderer/src/lib/describe-rule';
import type { Rule } from '../../../shared/requirements/pack-schema';

describe('describeRule', () => {
  it('says when a requirement applies to every entry', () => {
    expect(describeRule({ always: true })).toBe('Applies to every entry in the jurisdiction.');
  });

  it('reads a single fact', () => {
    expect(describeRule({ field: 'processesPersonalData', is: true })).toBe('Applies when the entry processes personal data of residents.');
    expect(describeRule({ field: 'employsLocalStaff', is: false })).toBe('Applies when the entry no local staff.');
    expect(describeRule({ field: 'entryMode', in: ['branch'] })).toBe('Applies when the entry enters through a branch.');
    expect(describeRule({ field: 'regulatedSectors', includes: 'health' })).toBe('Applies when the entry operates in health.');
    expect(describeRule({ field: 'dataSubjects', atLeast: '100k_to_1m' })).toBe('Applies when the entry processes personal data of at least 100,000 people.');
    expect(describeRule({ field: 'dataSubjects', atLeast: 'under_1k' })).toBe('Applies when the entry processes personal data of any number of people.');
  });

  it('words thresholds with their currency and thousands separators', () => {
    expect(describeRule({ field: 'globalRevenue', atLeast: { amount: 3_000_000, currency: 'AUD' } })).toBe(
      'Applies when the entry global annual revenue of at least AUD 3,000,000.',
    );
    expect(describeRule({ field: 'expectedMarketRevenue', atLeast: { amount: 30_000, currency: 'CAD' } })).toBe(
      'Applies when the entry expected annual revenue in the market of at least CAD 30,000.',
    );
  });

  it('joins all-of with "and" and any-of with "either … or"', () => {
    expect(
      describeRule({
        all: [
          { field: 'entryMode', in: ['cross_border'] },
          { field: 'sellsDigitalServicesToConsumers', is: true },
          { field: 'customerType', in: ['b2c', 'both'] },
        ],
      }),
    ).toBe('Applies when the entry sells cross-border without a local presence, sells digital services to consumers and sells to consumers or sells to businesses and consumers.');
    expect(describeRule({ any: [{ field: 'aiInProduct', is: true }, { field: 'aiInDecisionsAboutPeople', is: true }] })).toBe(
      'Applies when the entry either uses AI systems in the product or uses AI in decisions about people.',
    );
    expect(describeRule({ not: { field: 'entryMode', in: ['cross_border'] } })).toBe('Applies when the entry not (sells cross-border without a local presence).');
  });

  it('gives up (null) on rules nested more than two deep', () => {
    const twoDeep: Rule = { all: [{ any: [{ field: 'paymentData', is: true }, { field: 'sensitiveData', is: true }] }] };
    expect(describeRule(twoDeep)).toBe('Applies when the entry either handles payment data or processes special-category or sensitive data.');
    expect(describeRule({ all: [{ any: [{ not: { field: 'paymentData', is: true } }] }] })).toBeNull();
  });
});
