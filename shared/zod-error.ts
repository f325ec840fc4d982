/**
 * A zod failure as the API's error: the first issue, as a sentence naming the field
 * ("Target country: …"), never a stack trace. Used by the router and by the desktop
 * shell's host capabilities, which parse their own input.
 */
import type { z } from 'zod';
import type { ApiError } from './errors';
import { fieldLabel } from './field-labels';

export function zodToApiError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid_input', message: 'The request was not valid.' };
  const path = issue.path.map(String).join('.');
  const field = path.replace(/^fields\./, '');
  if (!field) return { code: 'invalid_input', message: `The request was not valid: ${issue.message}.` };
  return { code: 'invalid_input', message: `${fieldLabel(field)}: ${issue.message}.`, field };
}
