/**
 * Reports on the shipped requirement packs: per pack, how many requirements, how many
 * verified, how many cite an official primary source (legislation database, gazette,
 * regulator or government site), how many none-known notes; the links that are bare home
 * pages or unstable (WordPress ?p= ids, session queries); and the issue-18 scenario
 * checklists, counted per category. Run: npx tsx scripts/pack-report.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { pack, type Pack } from '../shared/requirements/pack-schema';
import { applicableRequirements } from '../shared/requirements/applicability';
import type { ApplicabilityProfile } from '../shared/entry-schema';

const DIR = path.resolve('resources/requirements');
const packs: Pack[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => pack.parse(JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8'))));

/** Hosts of official bodies: EU, national legislation databases, gazettes, regulators, governments. */
const OFFICIAL = [
  /(^|\.)europa\.eu$/, /(^|\.)gov(\.[a-z]{2})?$/, /\.gov\.[a-z]{2}$/, /(^|\.)gouv\.[a-z]{2}$/, /\.gouv\.qc\.ca$/, /(^|\.)gob\.[a-z]{2}$/, /\.go\.(jp|kr|id)$/,
  /(^|\.)admin\.ch$/, /(^|\.)gc\.ca$/, /(^|\.)canada\.ca$/, /(^|\.)ontario\.ca$/, /(^|\.)gesetze-im-internet\.de$/, /(^|\.)bund\.de$/, /(^|\.)legislation\.gov\.uk$/,
  /(^|\.)overheid\.nl$/, /(^|\.)belastingdienst\.nl$/, /(^|\.)kvk\.nl$/, /(^|\.)boe\.es$/, /(^|\.)agenciatributaria\.(es|gob\.es)$/, /(^|\.)normattiva\.it$/, /(^|\.)gazzettaufficiale\.it$/,
  /(^|\.)agenziaentrate\.(gov\.)?it$/, /(^|\.)inps\.it$/, /(^|\.)irishstatutebook\.ie$/, /(^|\.)revenue\.ie$/, /(^|\.)cro\.ie$/, /(^|\.)rbo\.gov\.ie$/, /(^|\.)dataprotection\.ie$/,
  /(^|\.)cnil\.fr$/, /(^|\.)legifrance\.gouv\.fr$/, /(^|\.)urssaf\.fr$/, /(^|\.)impots\.gouv\.fr$/, /(^|\.)sejm\.gov\.pl$/, /(^|\.)planalto\.gov\.br$/, /(^|\.)nic\.in$/,
  /(^|\.)ico\.org\.uk$/, /(^|\.)priv\.gc\.ca$/, /(^|\.)pdpc\.gov\.sg$/, /(^|\.)iras\.gov\.sg$/, /(^|\.)ato\.gov\.au$/, /(^|\.)legislation\.gov\.au$/, /(^|\.)oaic\.gov\.au$/,
  /(^|\.)sars\.gov\.za$/, /(^|\.)gov\.za$/, /(^|\.)justice\.gov\.za$/, /(^|\.)inforegulator\.org\.za$/, /(^|\.)ndpc\.gov\.ng$/, /(^|\.)firs\.gov\.ng$/,
  /(^|\.)jpo\.go\.jp$/, /(^|\.)ppc\.go\.jp$/, /(^|\.)nta\.go\.jp$/, /(^|\.)e-gov\.go\.jp$/, /(^|\.)law\.go\.kr$/, /(^|\.)pipc\.go\.kr$/, /(^|\.)nts\.go\.kr$/,
  /(^|\.)gov\.cn$/, /(^|\.)cac\.gov\.cn$/, /(^|\.)chinatax\.gov\.cn$/, /(^|\.)mohrss\.gov\.cn$/, /(^|\.)gov\.ru$/, /(^|\.)nalog\.gov\.ru$/, /(^|\.)rkn\.gov\.ru$/, /(^|\.)rospatent\.gov\.ru$/, /(^|\.)sfr\.gov\.ru$/,
  /(^|\.)gov\.tr$/, /(^|\.)kvkk\.gov\.tr$/, /(^|\.)resmigazete\.gov\.tr$/, /(^|\.)mevzuat\.gov\.tr$/, /(^|\.)gib\.gov\.tr$/, /(^|\.)gov\.sa$/, /(^|\.)zatca\.gov\.sa$/, /(^|\.)sdaia\.gov\.sa$/,
  /(^|\.)gov\.ae$/, /(^|\.)tax\.gov\.ae$/, /(^|\.)difc\.ae$/, /(^|\.)adgm\.com$/, /(^|\.)fedlex\.admin\.ch$/, /(^|\.)estv\.admin\.ch$/, /(^|\.)edoeb\.admin\.ch$/,
  /(^|\.)gov\.vn$/, /(^|\.)chinhphu\.vn$/, /(^|\.)dof\.gob\.mx$/, /(^|\.)sat\.gob\.mx$/, /(^|\.)diputados\.gob\.mx$/, /(^|\.)imss\.gob\.mx$/, /(^|\.)gov\.br$/, /(^|\.)receita\.fazenda\.gov\.br$/,
  /(^|\.)leginfo\.legislature\.ca\.gov$/, /(^|\.)lis\.virginia\.gov$/, /(^|\.)cppa\.ca\.gov$/, /(^|\.)oag\.ca\.gov$/, /(^|\.)ecfr\.gov$/, /(^|\.)uscis\.gov$/, /(^|\.)irs\.gov$/, /(^|\.)ftc\.gov$/,
  /(^|\.)hhs\.gov$/, /(^|\.)fincen\.gov$/, /(^|\.)uspto\.gov$/, /(^|\.)delaware\.gov$/, /(^|\.)colorado\.gov$/, /(^|\.)leg\.colorado\.gov$/, /(^|\.)wipo\.int$/, /(^|\.)euipo\.europa\.eu$/,
];

const host = (u: string) => new URL(u).hostname.replace(/^www\./, '');
const official = (u: string) => OFFICIAL.some((re) => re.test(host(u)));
const bare = (u: string) => {
  const url = new URL(u);
  return (url.pathname === '/' || url.pathname === '') && url.search === '';
};
const unstable = (u: string) => /\/\?p=\d+/.test(u) || /[?&](sid|session|jsessionid|token)=/i.test(u) || /;jsessionid=/i.test(u);

console.log('pack  reqs  verified  official  none-known');
let total = 0;
let totalOfficial = 0;
const flagged: string[] = [];
for (const p of packs) {
  const reqs = p.requirements;
  const off = reqs.filter((r) => official(r.sourceUrl)).length;
  total += reqs.length;
  totalOfficial += off;
  console.log(`${p.id.padEnd(5)} ${String(reqs.length).padStart(4)}  ${String(reqs.filter((r) => r.verified).length).padStart(8)}  ${String(off).padStart(8)}  ${String(p.noneKnown.length).padStart(10)}`);
  for (const r of reqs) {
    if (bare(r.sourceUrl)) flagged.push(`bare home page   ${r.id}  ${r.sourceUrl}`);
    if (unstable(r.sourceUrl)) flagged.push(`unstable link    ${r.id}  ${r.sourceUrl}`);
  }
}
console.log(`all   ${total} requirements, ${totalOfficial} with an official source (${Math.round((100 * totalOfficial) / total)} %)`);
console.log(`\n${flagged.length} links to replace:\n${flagged.join('\n')}`);

// The issue's scenario profiles, judged on 2026-12-01.
const base: ApplicabilityProfile = {
  entryMode: 'subsidiary', customerType: 'b2b', dataSubjects: '10k_to_100k', processesPersonalData: true, sensitiveData: false, childrensData: false,
  paymentData: false, aiInProduct: false, aiInDecisionsAboutPeople: false, sellsDigitalServicesToConsumers: false, employsLocalStaff: false,
  regulatedSectors: [], expectedMarketRevenue: null, globalRevenue: null,
};
const scenarios: { name: string; country: string; countryName: string; profile: ApplicabilityProfile }[] = [
  { name: 'DE B2C SaaS with AI, cross-border', country: 'DE', countryName: 'Germany', profile: { ...base, entryMode: 'cross_border', customerType: 'b2c', sellsDigitalServicesToConsumers: true, aiInProduct: true, aiRole: 'uses_third_party', paymentData: true, offersCloudService: false, hostsUserContent: false, runsOnlinePlatform: false, aiInRegulatedProduct: false } },
  { name: 'DE B2C SaaS with AI, subsidiary with staff', country: 'DE', countryName: 'Germany', profile: { ...base, customerType: 'b2c', sellsDigitalServicesToConsumers: true, aiInProduct: true, aiRole: 'uses_third_party', paymentData: true, employsLocalStaff: true, localHeadcount: '10_to_49', offersCloudService: false, hostsUserContent: false, runsOnlinePlatform: false, aiInRegulatedProduct: false } },
  { name: 'SA B2B subsidiary with staff', country: 'SA', countryName: 'Saudi Arabia', profile: { ...base, employsLocalStaff: true, localHeadcount: '10_to_49' } },
  { name: 'IN cross-border digital sales', country: 'IN', countryName: 'India', profile: { ...base, entryMode: 'cross_border', customerType: 'b2c', sellsDigitalServicesToConsumers: true, paymentData: true, hostsUserContent: false, runsOnlinePlatform: false } },
  { name: 'BR employer of record', country: 'BR', countryName: 'Brazil', profile: { ...base, entryMode: 'employer_of_record', employsLocalStaff: true, localHeadcount: '1_to_9' } },
];
const all = packs.flatMap((p) => p.requirements);
for (const s of scenarios) {
  const got = applicableRequirements(all, { country: s.country, countryName: s.countryName, profile: s.profile, on: '2026-12-01' });
  const byCategory = new Map<string, { applies: number; check: number }>();
  for (const a of got) {
    const c = byCategory.get(a.requirement.category) ?? { applies: 0, check: 0 };
    c[a.certainty === 'applies' ? 'applies' : 'check'] += 1;
    byCategory.set(a.requirement.category, c);
  }
  const parts = [...byCategory].sort().map(([c, n]) => `${c} ${n.applies}${n.check ? ` (+${n.check} check)` : ''}`);
  console.log(`\n${s.name}: ${got.length} items (${got.filter((a) => a.certainty === 'check').length} to check)\n  ${parts.join('; ')}`);
}
