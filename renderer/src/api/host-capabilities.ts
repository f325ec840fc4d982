/**
 * Host capabilities for the renderer (see shared/host-capabilities.ts): in the desktop
 * app they go over the preload's one `invoke` to the main process (native dialogs); in
 * browser mode a file is picked with an upload field and saved as a download, and
 * revealing a stored file in its folder is not possible.
 *
 *   const host = hostCapabilities();
 *   const file = await host.pickFile({ filters: [{ name: 'PDF', extensions: ['pdf'] }] });
 */
import {
  MAX_PICKED_FILE_BYTES,
  safeFileName,
  type FileFilter,
  type HostCapabilities,
  type HostInput,
  type HostMethodName,
  type HostOutput,
  type PickedFile,
} from '../../../shared/host-capabilities';
import { ApiClientError } from './client';
import type { Invoke } from './transport';

export function desktopHost(invoke: Invoke): HostCapabilities {
  const call = async <M extends HostMethodName>(method: M, input: HostInput<M>): Promise<HostOutput<M>> => {
    const result = await invoke(method, input);
    if (!result.ok) throw new ApiClientError(result.error);
    return result.value as HostOutput<M>;
  };
  return {
    canReveal: true,
    pickFile: (input) => call('host.pickFile', input),
    saveFile: (input) => call('host.saveFile', input),
    revealEvidence: (input) => call('host.revealEvidence', input),
  };
}

function acceptAttribute(filters: FileFilter[] | undefined): string {
  const exts = (filters ?? []).flatMap((f) => f.extensions).filter((e) => e !== '*');
  return exts.map((e) => `.${e}`).join(',');
}

export function browserHost(doc: Document = document): HostCapabilities {
  return {
    canReveal: false,
    pickFile(input) {
      return new Promise<PickedFile | null>((resolve, reject) => {
        const field = doc.createElement('input');
        field.type = 'file';
        field.accept = acceptAttribute(input.filters);
        field.addEventListener('cancel', () => resolve(null));
        field.addEventListener('change', () => {
          const file = field.files?.[0];
          if (!file) return resolve(null);
          if (file.size > MAX_PICKED_FILE_BYTES) {
            return reject(new ApiClientError({ code: 'invalid_input', message: `That file is larger than ${MAX_PICKED_FILE_BYTES / (1024 * 1024)} MB.` }));
          }
          file.arrayBuffer().then(
            (buffer) => resolve({ name: file.name, size: file.size, bytes: new Uint8Array(buffer) }),
            () => reject(new ApiClientError({ code: 'internal', message: `Could not read ${file.name}.` })),
          );
        });
        field.click();
      });
    },
    async saveFile(input) {
      const name = safeFileName(input.suggestedName);
      const url = URL.createObjectURL(new Blob([input.bytes as Uint8Array<ArrayBuffer>]));
      try {
        const link = doc.createElement('a');
        link.href = url;
        link.download = name;
        link.rel = 'noopener';
        doc.body.appendChild(link);
        link.click();
        link.remove();
      } finally {
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }
      // The browser decides where the download goes; it is reported as saved under its name.
      return { saved: true, name };
    },
    async revealEvidence() {
      return { revealed: false };
    },
  };
}

let current: HostCapabilities | undefined;

/** The desktop app's capabilities when the preload is there, else browser mode's. */
export function hostCapabilities(): HostCapabilities {
  current ??= window.landfall ? desktopHost((m, i) => window.landfall!.invoke(m, i)) : browserHost();
  return current;
}
