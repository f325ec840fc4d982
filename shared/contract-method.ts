/** How the contract declares one method: its input and output schema, a sentence, a body limit. */
import { z } from 'zod';

/** Default limit on a request body; a method that carries files declares its own. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string, maxBodyBytes = DEFAULT_MAX_BODY_BYTES) {
  return { input, output, summary, maxBodyBytes };
}

/** The input of a method that takes nothing. */
export const nothing = z.object({}).strict();
