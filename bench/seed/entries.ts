/** One generated market entry: countries in turn, start dates through the year, every status, 1 in 25 archived. */
import { addDays } from '../../shared/domain/iso-date';
import type { Entry } from '../../shared/entry-schema';
import type { Draw } from './draw';
import { COUNTRIES, KINDS, NAMES, PEOPLE } from './names';

export function benchEntry({ random, int, pick }: Draw, id: string, e: number, entryCount: number, at: string): Entry {
  const country = COUNTRIES[e % COUNTRIES.length]!;
  const start = addDays('2026-01-05', Math.floor((e * 331) / entryCount) + int(0, 20));
  const status = (['active', 'active', 'planning', 'ready', 'on_hold'] as const)[e % 5]!;
  const entry: Entry = {
    id,
    name: `${NAMES[country]} ${pick(KINDS)} ${Math.floor(e / COUNTRIES.length) + 1}`,
    targetCountry: country,
    targetSubdivision: null,
    homeCountry: 'US',
    startDate: start,
    targetDays: pick([60, 90, 90, 120]),
    targetDate: '',
    programManager: pick(PEOPLE),
    status,
    archived: e % 25 === 24,
    description: 'Entry generated for the benchmark: realistic shape, invented names.',
    profile: {
      entryMode: pick(['subsidiary', 'subsidiary', 'branch', 'cross_border'] as const),
      customerType: pick(['b2b', 'b2c', 'both'] as const),
      processesPersonalData: random() < 0.9,
      dataSubjects: pick(['1k_to_10k', '10k_to_100k', '100k_to_1m', 'over_1m'] as const),
      sensitiveData: random() < 0.3,
      childrensData: random() < 0.1,
      paymentData: random() < 0.6,
      aiInProduct: random() < 0.5,
      aiInDecisionsAboutPeople: random() < 0.15,
      sellsDigitalServicesToConsumers: random() < 0.6,
      employsLocalStaff: random() < 0.7,
      regulatedSectors: random() < 0.2 ? ['finance'] : [],
      expectedMarketRevenue: { amount: int(1, 50) * 100_000, currency: 'EUR' },
      globalRevenue: { amount: int(10, 500) * 1_000_000, currency: 'USD' },
    },
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  entry.targetDate = addDays(start, entry.targetDays);
  return entry;
}
