/**
 * Host capabilities: what the machine around the renderer can do for it (pick a file,
 * save a file, reveal a stored evidence file in its folder). They are not part of the
 * data API in contract.ts: the desktop app answers them in the main process with native
 * dialogs, browser mode with an upload field and a download.
 *
 * The renderer never sends or receives a filesystem path: a picked file comes back as its
 * name and bytes, a saved file goes out as a suggested name and bytes, and evidence is
 * named by its SHA-256 (the store is content-addressed), never by a path.
 * Evidence is revealed in its folder, never opened or executed.
 */
import { z } from 'zod';

/** Largest file the desktop app reads for the renderer (evidence, imports). */
export const MAX_PICKED_FILE_BYTES = 50 * 1024 * 1024;

const fileFilter = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, 'Use extensions without dots, such as pdf')).min(1).max(20),
  })
  .strict();

/** Stored evidence is named by its SHA-256 content hash (lower-case hex). */
export const EVIDENCE_SHA256 = /^[0-9a-f]{64}$/;

const pickFileInput = z
  .object({
    title: z.string().max(200).optional(),
    filters: z.array(fileFilter).max(20).optional(),
  })
  .strict();

const pickedFile = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  bytes: z.instanceof(Uint8Array),
});

const saveFileInput = z
  .object({
    suggestedName: z.string().trim().min(1, 'Give the file a name').max(255),
    bytes: z.instanceof(Uint8Array),
    filters: z.array(fileFilter).max(20).optional(),
  })
  .strict();

const saveFileOutput = z.object({ saved: z.boolean(), name: z.string().nullable() });

const revealEvidenceInput = z
  .object({ sha256: z.string().regex(EVIDENCE_SHA256, 'Not a stored evidence file') })
  .strict();

const revealEvidenceOutput = z.object({ revealed: z.boolean() });

/** Host methods travel over the same single IPC channel as the data API, under `host.`. */
export const hostContract = {
  'host.pickFile': { input: pickFileInput, output: pickedFile.nullable(), summary: 'Let the user choose one file; its name and bytes, or null when cancelled.' },
  'host.saveFile': { input: saveFileInput, output: saveFileOutput, summary: 'Let the user choose where to save these bytes.' },
  'host.revealEvidence': { input: revealEvidenceInput, output: revealEvidenceOutput, summary: 'Show a stored evidence file in its folder.' },
} as const;

export type HostContract = typeof hostContract;
export type HostMethodName = keyof HostContract;
export type HostInput<M extends HostMethodName> = z.input<HostContract[M]['input']>;
export type HostOutput<M extends HostMethodName> = z.output<HostContract[M]['output']>;

export type FileFilter = z.infer<typeof fileFilter>;
export type PickedFile = z.infer<typeof pickedFile>;
export type SaveFileResult = z.infer<typeof saveFileOutput>;

export function isHostMethodName(name: string): name is HostMethodName {
  return Object.hasOwn(hostContract, name);
}

export const hostMethodNames = Object.keys(hostContract) as HostMethodName[];

/** The interface both hosts implement; the renderer picks one at start-up. */
export interface HostCapabilities {
  /** Whether `revealEvidence` can show a folder (desktop) or not (browser mode). */
  readonly canReveal: boolean;
  pickFile(input: HostInput<'host.pickFile'>): Promise<PickedFile | null>;
  saveFile(input: HostInput<'host.saveFile'>): Promise<SaveFileResult>;
  revealEvidence(input: HostInput<'host.revealEvidence'>): Promise<{ revealed: boolean }>;
}

/**
 * A name safe to offer in a save dialog: the last path segment only, without control
 * characters or characters Windows refuses, never empty, at most 255 characters.
 */
export function safeFileName(suggested: string, fallback = 'landfall-export'): string {
  const last = suggested.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = last.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  const name = cleaned === '' ? fallback : cleaned;
  return name.length > 255 ? name.slice(0, 255) : name;
}
