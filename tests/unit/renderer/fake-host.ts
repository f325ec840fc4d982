/** A stand-in for the renderer's host capabilities: records saved files, answers reveal. */
import type { HostCapabilities } from '../../../shared/host-capabilities';

type SaveInput = Parameters<HostCapabilities['saveFile']>[0];

export const saved: SaveInput[] = [];
export const fakeHost = {
  canReveal: true,
  /** What the next save answers: saved under a name, or cancelled. */
  nextSave: { saved: true, name: null as string | null },
  revealed: true,
  pickFile: () => Promise.reject(new Error('not used')),
  saveFile: (input: SaveInput) => {
    saved.push(input);
    return Promise.resolve({ ...fakeHost.nextSave });
  },
  revealEvidence: () => Promise.resolve({ revealed: fakeHost.revealed }),
};

export function resetFakeHost(): void {
  saved.length = 0;
  fakeHost.nextSave = { saved: true, name: null };
  fakeHost.revealed = true;
}

/** The host-capabilities module answering the fake host, for vi.mock. */
export function fakeHostModule() {
  return { hostCapabilities: () => fakeHost };
}
