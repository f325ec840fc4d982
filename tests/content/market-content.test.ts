/**
 * The shipped requirement packs, checked market by market from the table in markets.ts:
 * the facts counsel relies on (citations, dates, thresholds), the none-known notes, which
 * profiles trigger which requirements, and issue 8's promise that every topic counsel asks
 * about is answered for each of its markets. Pack-wide rules close the suite.
 */
import { describe, expect, it } from 'vitest';
import { isMember } from '../../shared/domain/membership';
import { reasonSentence } from '../../shared/requirements/applicability';
import type { Requirement } from '../../shared/requirements/pack-schema';
import { MARKETS, TOPICS, type MarketRow, type RequirementFacts, type Scenario, type Text } from './markets';
import { allShippedPacks, evaluate, loadPack, profileWith, requirementById, requirementsOf, shippedPackFiles } from './packs';

function expectText(actual: string, expected: Text, label: string): void {
  if (typeof expected === 'string') {
    expect(actual, label).toBe(expected);
    return;
  }
  const patterns: readonly RegExp[] = expected instanceof RegExp ? [expected] : expected;
  for (const pattern of patterns) expect(actual, label).toMatch(pattern);
}

function expectFacts(r: Requirement, facts: RequirementFacts): void {
  if (facts.law !== undefined) expectText(r.citation.law, facts.law, `${r.id} citation.law`);
  if (facts.article !== undefined) expectText(r.citation.article, facts.article, `${r.id} citation.article`);
  if (facts.summary !== undefined) expectText(r.summary, facts.summary, `${r.id} summary`);
  if (facts.title !== undefined) expectText(r.title, facts.title, `${r.id} title`);
  if (facts.effectiveFrom !== undefined) expect(r.effectiveFrom, `${r.id} effectiveFrom`).toBe(facts.effectiveFrom);
  if (facts.category !== undefined) expect(r.category, `${r.id} category`).toBe(facts.category);
  if (facts.verified !== undefined) expect(r.verified, `${r.id} verified`).toBe(facts.verified);
}

function checkScenario(row: MarketRow, s: Scenario): void {
  const on = s.on ?? row.on;
  const result = evaluate(row, profileWith(s.profile), on);
  const ids = result.map((a) => a.requirement.id);
  const find = (id: string) => result.find((a) => a.requirement.id === id);
  for (const id of s.includes ?? []) expect(ids, `${id} should apply`).toContain(id);
  for (const id of s.excludes ?? []) expect(ids, `${id} should not apply`).not.toContain(id);
  if (s.noneWithPrefix) {
    const prefixes = s.noneWithPrefix;
    expect(ids.filter((id) => prefixes.some((p) => id.startsWith(p)))).toEqual([]);
  }
  for (const [id, certainty] of Object.entries(s.certainty ?? {})) expect(find(id)?.certainty, `${id} certainty`).toBe(certainty);
  for (const [id, from] of Object.entries(s.appliesFrom ?? {})) {
    const applicable = find(id);
    if (from === 'later') {
      expect(applicable?.appliesFrom, `${id} appliesFrom`).toBe(applicable?.requirement.effectiveFrom);
      expect(applicable!.appliesFrom! > on, `${id} applies after ${on}`).toBe(true);
    } else {
      expect(applicable?.appliesFrom, `${id} appliesFrom`).toBe(from);
    }
  }
  for (const [id, reason] of Object.entries(s.reasons ?? {})) {
    const applicable = find(id);
    expect(applicable, `${id} should apply`).toBeDefined();
    if (typeof reason === 'string') expect(reasonSentence(applicable!)).toBe(reason);
    else expect(reasonSentence(applicable!)).toMatch(reason);
  }
}

const covers = (jurisdictions: readonly string[], country: string) =>
  jurisdictions.some((j) => j === country || ((j === 'EU' || j === 'EEA') && isMember(j, country, '2026-11-29')));

describe.each(MARKETS)('$countryName ($country)', (row) => {
  it(`has its own pack ${row.pack}.json with at least one requirement`, () => {
    const own = loadPack(row.pack);
    expect(own.id).toBe(row.pack);
    expect(own.requirements.length).toBeGreaterThan(0);
  });

  const facts = Object.entries(row.requirements);
  if (facts.length > 0 || row.titlesByPrefix || row.noRequirementIn) {
    it('states the citations, dates and substance counsel relies on', () => {
      for (const [id, expected] of facts) expectFacts(requirementById(row, id), expected);
      const own = loadPack(row.pack).requirements;
      for (const { prefix, title } of row.titlesByPrefix ?? []) {
        for (const r of own.filter((q) => q.id.startsWith(prefix))) expect(r.title, r.id).toMatch(title);
      }
      for (const category of row.noRequirementIn ?? []) expect(own.some((r) => r.category === category), category).toBe(false);
    });
  }

  if (row.notes && row.notes.length > 0) {
    it('records what was looked for and not found', () => {
      const notes = loadPack(row.pack).noneKnown;
      for (const note of row.notes ?? []) {
        const label = `${note.category}: ${String(note.text)}`;
        if (note.first) expect(notes.find((n) => n.category === note.category)?.text, label).toMatch(note.text);
        else expect(notes.some((n) => n.category === note.category && note.text.test(n.text)), label).toBe(true);
      }
    });
  }

  for (const scenario of row.scenarios) it(scenario.name, () => checkScenario(row, scenario));

  if (row.coversTopics) {
    it('answers every topic counsel asks about with a requirement or a none-known note', () => {
      const packs = allShippedPacks();
      for (const topic of TOPICS) {
        const requirement = packs.some((p) => p.requirements.some((r) => r.category === topic && covers(r.jurisdiction, row.country)));
        const note = packs.some((p) => p.noneKnown.some((n) => n.category === topic && covers(n.jurisdiction, row.country)));
        expect(requirement || note, topic).toBe(true);
      }
    });
  }
});

describe('every shipped pack', () => {
  it('has requirement ids unique across all packs', () => {
    const ids = requirementsOf('all').map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(shippedPackFiles())('%s.json gives each requirement a citation, an https source and a review date', (file) => {
    for (const r of loadPack(file).requirements) {
      expect(r.sourceUrl, r.id).toMatch(/^https:\/\//);
      expect(r.citation.article.length, r.id).toBeGreaterThan(0);
      expect(r.lastReviewed, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
