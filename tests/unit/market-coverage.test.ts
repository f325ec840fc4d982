/**
 * Issue 8's promise: every one of these markets has a pack, and for each topic counsel
 * asks about there is at least one requirement or an explicit "none known" note.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMember } from '../../shared/domain/membership';
import { pack, type Category, type Pack } from '../../shared/requirements/pack-schema';

const MARKETS = ['IE', 'NL', 'ES', 'IT', 'PL', 'CH', 'CA', 'MX', 'CN', 'JP', 'KR', 'SG', 'ID', 'VN', 'AU', 'RU', 'SA', 'AE', 'ZA', 'TR', 'NG'];

const TOPICS: Category[] = [
  'data_protection',
  'breach_notification',
  'cross_border_transfer',
  'data_localization',
  'representative_dpo',
  'ai_governance',
  'company_registration',
  'tax_vat_gst',
  'intellectual_property',
];

const dir = path.resolve('resources/requirements');
const packs: Pack[] = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => pack.parse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));

const covers = (jurisdictions: readonly string[], country: string) =>
  jurisdictions.some((j) => j === country || ((j === 'EU' || j === 'EEA') && isMember(j, country, '2026-11-29')));

describe.each(MARKETS)('market %s', (country) => {
  it('has its own pack with at least one requirement', () => {
    const own = packs.find((p) => p.id === country.toLowerCase());
    expect(own, `resources/requirements/${country.toLowerCase()}.json`).toBeDefined();
    expect(own!.requirements.length).toBeGreaterThan(0);
  });

  it.each(TOPICS)('addresses %s with a requirement or a none-known note', (topic) => {
    const requirement = packs.some((p) => p.requirements.some((r) => r.category === topic && covers(r.jurisdiction, country)));
    const note = packs.some((p) => p.noneKnown.some((n) => n.category === topic && covers(n.jurisdiction, country)));
    expect(requirement || note).toBe(true);
  });
});
