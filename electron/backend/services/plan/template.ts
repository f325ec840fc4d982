/**
 * The plan template new entries are built from: the shipped one, unless the user keeps an
 * edited copy in <data folder>/plan-templates/ (same format). A broken user copy is
 * reported and the shipped template is used, so a typo never stops the app.
 */
import fs from 'node:fs';
import path from 'node:path';
import { planTemplate, type PlanTemplate } from '../../../../shared/plans/template-schema';

export const TEMPLATE_FILE = 'readiness-90.json';

function readTemplate(file: string): PlanTemplate {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: this is not valid JSON (${(err as Error).message}).`);
  }
  const parsed = planTemplate.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}, field ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export function loadPlanTemplate(shippedDir: string, userDir?: string, onProblem: (message: string) => void = () => {}): PlanTemplate {
  const userFile = userDir ? path.join(userDir, TEMPLATE_FILE) : undefined;
  if (userFile && fs.existsSync(userFile)) {
    try {
      return readTemplate(userFile);
    } catch (err) {
      onProblem(`Your plan template was not used: ${(err as Error).message}`);
    }
  }
  return readTemplate(path.join(shippedDir, TEMPLATE_FILE));
}
