/**
 * Shared helpers for the content suites: the shipped requirement packs, loaded and parsed
 * once, and the applicability engine run over them for one market and one profile.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parsePack } from '../../electron/backend/library/pack-parse';
import { applicableRequirements, type ApplicableRequirement } from '../../shared/requirements/applicability';
import { pack, type Pack, type Requirement } from '../../shared/requirements/pack-schema';
import type { ApplicabilityProfile } from '../../shared/entry-schema';
import { sampleProfile } from '../fixtures/profile';

export const PACK_DIR = path.resolve('resources/requirements');

const cache = new Map<string, Pack>();

/** One shipped pack by its file name without `.json` (`'de'`, `'eu'`), parsed by the pack schema. */
export function loadPack(file: string): Pack {
  let parsed = cache.get(file);
  if (!parsed) {
    parsed = pack.parse(JSON.parse(fs.readFileSync(path.join(PACK_DIR, `${file}.json`), 'utf8')));
    cache.set(file, parsed);
  }
  return parsed;
}

/** One shipped pack read the way the app reads it at start-up (its pack parser), not cached. */
export function parseShippedPack(file: string): Pack {
  return parsePack(`${file}.json`, fs.readFileSync(path.join(PACK_DIR, `${file}.json`), 'utf8'));
}

/** The file names (without `.json`) of every shipped pack, sorted. */
export function shippedPackFiles(): string[] {
  return fs
    .readdirSync(PACK_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

export function allShippedPacks(): Pack[] {
  return shippedPackFiles().map(loadPack);
}

/** The requirements of the named packs, in order; `'all'` means every shipped pack. */
export function requirementsOf(files: readonly string[] | 'all'): Requirement[] {
  const names = files === 'all' ? shippedPackFiles() : files;
  return names.flatMap((f) => loadPack(f).requirements);
}

export interface Market {
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  countryName: string;
  /** Packs whose requirements the engine sees (the market's own, the EU-wide one, or all). */
  packs: readonly string[] | 'all';
}

/** The sample profile (a B2B subsidiary processing personal data) with the given changes. */
export function profileWith(overrides: Partial<ApplicabilityProfile> = {}): ApplicabilityProfile {
  return sampleProfile(overrides);
}

/** What the engine returns for an entry in this market (and region, if any) with this profile on this day. */
export function evaluate(market: Market, profile: ApplicabilityProfile, on: string, region: string | null = null): ApplicableRequirement[] {
  return applicableRequirements(requirementsOf(market.packs), {
    country: market.country,
    countryName: market.countryName,
    profile,
    region,
    on,
  });
}

/** A requirement by id from the packs the market sees; throws naming the id when it is missing. */
export function requirementById(market: Market, id: string): Requirement {
  const found = requirementsOf(market.packs).find((r) => r.id === id);
  if (!found) throw new Error(`missing requirement ${id}`);
  return found;
}

/** The entry shapes the employment and tax-registration suites judge every market with. */
export const EMPLOYMENT_PROFILES = {
  subsidiaryWithStaff: profileWith({ entryMode: 'subsidiary', employsLocalStaff: true }),
  branchWithStaff: profileWith({ entryMode: 'branch', employsLocalStaff: true }),
  subsidiaryNoStaff: profileWith({ entryMode: 'subsidiary', employsLocalStaff: false }),
  employerOfRecord: profileWith({ entryMode: 'employer_of_record', employsLocalStaff: true }),
  /** A cross-border seller of digital services to consumers, without staff. */
  crossBorderDigital: (changes: Partial<ApplicabilityProfile> = {}) =>
    profileWith({ entryMode: 'cross_border', customerType: 'b2c', sellsDigitalServicesToConsumers: true, employsLocalStaff: false, ...changes }),
};
