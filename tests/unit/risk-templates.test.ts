import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { riskTemplateLibrary } from '../../shared/risks/template-schema';
import { RISK_CATEGORIES } from '../../shared/risks/risk-enums';
import { WORKSTREAMS, type Category } from '../../shared/requirements/pack-schema';
import { suggestRisks } from '../../shared/domain/risk-suggest';
import { sampleProfile } from '../fixtures/profile';

const library = riskTemplateLibrary.parse(JSON.parse(fs.readFileSync('resources/risk-templates/default-templates.json', 'utf8')));

describe('risk template library', () => {
  it('ships at least 40 templates covering every category and every setup area', () => {
    expect(library.templates.length).toBeGreaterThanOrEqual(40);
    for (const c of RISK_CATEGORIES) expect(library.templates.some((t) => t.category === c), c).toBe(true);
    for (const w of WORKSTREAMS) expect(library.templates.some((t) => t.workstream === w), w).toBe(true);
  });

  it('suggests in-country hosting for a data-localization duty, registration delay for company registration, weekend hand-over for a Friday–Saturday market', () => {
    const checklist = new Map<Category, string[]>([
      ['data_localization', ['Store personal data in the country']],
      ['company_registration', ['Register the company']],
    ]);
    const ids = suggestRisks(library.templates, { profile: sampleProfile(), checklist, calendar: new Set(['weekend_differs_from_home']), taken: new Set() }).map((s) => s.template.id);
    expect(ids).toContain('data.hosting-not-ready');
    expect(ids).toContain('reg.registration-delayed');
    expect(ids).toContain('ops.weekend-handover');
  });

  it('does not offer a template again once it is taken or dismissed, nor one whose facts are absent', () => {
    const facts = { profile: sampleProfile(), checklist: new Map<Category, string[]>(), calendar: new Set<never>(), taken: new Set(['reg.law-changes-in-window']) };
    const ids = suggestRisks(library.templates, facts).map((s) => s.template.id);
    expect(ids).not.toContain('reg.law-changes-in-window');
    expect(ids).not.toContain('data.hosting-not-ready');
    expect(ids).not.toContain('ops.weekend-handover');
  });

  it('gives the reason in plain words', () => {
    const [s] = suggestRisks(library.templates.filter((t) => t.id === 'reg.registration-delayed'), {
      profile: sampleProfile(),
      checklist: new Map<Category, string[]>([['company_registration', ['Register the company']]]),
      calendar: new Set(),
      taken: new Set(),
    });
    expect(s!.reasons).toEqual(['the checklist holds "Register the company"']);
  });
});
