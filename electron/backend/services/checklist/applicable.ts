/** Which library requirements apply to an entry (country, profile, start date). */
import type { Entry } from '../../../../shared/entry-schema';
import { applicableRequirements, type ApplicableRequirement } from '../../../../shared/requirements/applicability';
import type { Requirement } from '../../../../shared/requirements/pack-schema';
import { countryName } from '../../reference/countries';

export type EntryBasis = Pick<Entry, 'targetCountry' | 'targetSubdivision' | 'profile' | 'startDate'>;

export function applicableFromList(reqs: Requirement[], entry: EntryBasis): ApplicableRequirement[] {
  return applicableRequirements(reqs, {
    country: entry.targetCountry,
    countryName: countryName(entry.targetCountry) ?? entry.targetCountry,
    profile: entry.profile,
    region: entry.targetSubdivision,
    on: entry.startDate,
  });
}
