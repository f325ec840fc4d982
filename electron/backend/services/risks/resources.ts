/** The shipped risk matrix and template library, validated at load (the packs' conventions). */
import fs from 'node:fs';
import path from 'node:path';
import { riskMatrix, type RiskMatrix } from '../../../../shared/risks/matrix-schema';
import { riskTemplateLibrary, type RiskTemplateLibrary } from '../../../../shared/risks/template-schema';
import { AppError } from '../../../../shared/errors';

export function loadDefaultMatrix(resourcesDir: string): RiskMatrix {
  const file = path.join(resourcesDir, 'risk-matrices', 'default-5x5.json');
  return riskMatrix.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function loadTemplates(resourcesDir: string): RiskTemplateLibrary {
  const file = path.join(resourcesDir, 'risk-templates', 'default-templates.json');
  return riskTemplateLibrary.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** A matrix file the user chose: valid JSON in the matrix format with every cell covered, or one sentence naming what is wrong. */
export function parseMatrixFile(fileName: string, content: string): RiskMatrix {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new AppError('invalid_input', `Matrix file: ${fileName} is not valid JSON.`, 'content');
  }
  const parsed = riskMatrix.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? ` (at ${issue.path.join('.')})` : '';
    throw new AppError('invalid_input', `Matrix file: ${issue.message}${issue.code === 'custom' ? '' : where}.`, 'content');
  }
  return parsed.data;
}
