/**
 * An applicability rule in plain words ("processes personal data of residents and
 * enters through a branch"), or null when it is too deep to read well as a sentence.
 */
import type { Rule } from '../../../shared/requirements/pack-schema';
import {
  AI_ROLE_PHRASES,
  CUSTOMER_PHRASES,
  DATA_SUBJECT_AT_LEAST,
  ENTRY_MODE_PHRASES,
  FREE_ZONE_PHRASES,
  HEADCOUNT_PHRASES,
  PROFILE_FLAG_WORDS,
  PROFILE_QUESTION_WORDS,
  SECTOR_PHRASES,
} from '../../../shared/vocabulary/entry';
import { PROFILE_FIELD_LABELS } from '../../../shared/vocabulary/fields';
import { joinWords } from './labels';

function orWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function depth(rule: Rule): number {
  if ('all' in rule) return 1 + Math.max(...rule.all.map(depth));
  if ('any' in rule) return 1 + Math.max(...rule.any.map(depth));
  if ('not' in rule) return 1 + depth(rule.not);
  return 0;
}

function words(rule: Rule): string {
  if ('always' in rule) return 'always';
  if ('all' in rule) return joinWords(rule.all.map(words));
  if ('any' in rule) return `either ${orWords(rule.any.map(words))}`;
  if ('not' in rule) return `not (${words(rule.not)})`;
  switch (rule.field) {
    case 'entryMode':
      return orWords(rule.in.map((m) => ENTRY_MODE_PHRASES[m]));
    case 'customerType':
      return orWords(rule.in.map((c) => CUSTOMER_PHRASES[c]));
    case 'dataSubjects':
      return `processes personal data of ${DATA_SUBJECT_AT_LEAST[rule.atLeast]}`;
    case 'regulatedSectors':
      return `operates in ${SECTOR_PHRASES[rule.includes]}`;
    case 'expectedMarketRevenue':
    case 'globalRevenue': {
      const label = PROFILE_FIELD_LABELS[rule.field].toLowerCase();
      return `${label} of at least ${rule.atLeast.currency} ${rule.atLeast.amount.toLocaleString('en-GB')}`;
    }
    case 'aiRole':
      return orWords(rule.in.map((r) => AI_ROLE_PHRASES[r]));
    case 'freeZone':
      return orWords(rule.in.map((z) => FREE_ZONE_PHRASES[z]));
    case 'localHeadcount':
      return `${HEADCOUNT_PHRASES[rule.atLeast]} or more`.replace(' or more or more', ' or more');
    case 'customerRegions':
      return `has customers or sites in ${orWords('includes' in rule ? [rule.includes] : rule.includesAny)}`;
    case 'targetRegion':
      return `enters in ${orWords(rule.in)}`;
    case 'aiInRegulatedProduct':
    case 'hostsUserContent':
    case 'runsOnlinePlatform':
    case 'offersCloudService':
    case 'sellsConnectedProducts': {
      const phrase = PROFILE_QUESTION_WORDS[rule.field];
      return rule.is ? phrase.yes : phrase.no;
    }
    default: {
      const phrase = PROFILE_FLAG_WORDS[rule.field];
      return rule.is ? phrase.yes : phrase.no;
    }
  }
}

/** "Applies to every entry in the jurisdiction", "Applies when the entry …", or null for deep rules. */
export function describeRule(rule: Rule): string | null {
  if ('always' in rule) return 'Applies to every entry in the jurisdiction.';
  if (depth(rule) > 2) return null;
  return `Applies when the entry ${words(rule)}.`;
}
