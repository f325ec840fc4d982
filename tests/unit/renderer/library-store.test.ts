/** The library store against a fake api and host: loading, pack import preview and apply, export, custom requirements. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClientError } from '../../../renderer/src/api/client';
import { useLibrary } from '../../../renderer/src/stores/library-store';
import { useSettings } from '../../../renderer/src/stores/settings-store';
import { answer, callsOf, refuse, resetFakeApi } from './fake-api';
import { resetFakeHost, saved } from './fake-host';
import { importDiff, LIBRARY } from './store-fixtures';

vi.mock('../../../renderer/src/api/client', async (importOriginal) => (await import('./fake-api')).fakeClientModule(importOriginal));
vi.mock('../../../renderer/src/api/host-capabilities', async () => (await import('./fake-host')).fakeHostModule());

beforeEach(() => {
  resetFakeApi();
  resetFakeHost();
  useLibrary.setState(useLibrary.getInitialState(), true);
  useSettings.setState(useSettings.getInitialState(), true);
});

const packFile = (content: string) => new File([content], 'acme.json', { type: 'application/json' });

describe('library store', () => {
  it('loads the library, and says why when it cannot', async () => {
    answer('library.get', () => LIBRARY);
    await useLibrary.getState().load();
    expect(useLibrary.getState()).toMatchObject({ view: LIBRARY, loading: false, error: null });
    refuse('library.get', new ApiClientError({ code: 'storage', message: 'Landfall could not read its database.' }));
    await useLibrary.getState().load();
    expect(useLibrary.getState()).toMatchObject({ view: LIBRARY, loading: false, error: 'Landfall could not read its database.' });
  });

  it('keeps filters until they are cleared', () => {
    useLibrary.getState().setFilter('jurisdiction', 'DE');
    useLibrary.getState().setFilter('verified', 'unverified');
    expect(useLibrary.getState().filters).toMatchObject({ jurisdiction: 'DE', verified: 'unverified', search: '' });
    useLibrary.getState().clearFilters();
    expect(useLibrary.getState().filters).toEqual({ search: '', jurisdiction: '', category: '', pack: '', verified: '' });
  });

  it('previews an import from the file and holds it until applied', async () => {
    const diff = importDiff({ added: [{ id: 'acme.one', title: 'One', touches: [] }] });
    answer('library.previewImport', () => diff);
    await useLibrary.getState().previewImport(packFile('{"id":"acme"}'));
    expect(callsOf('library.previewImport')).toEqual([{ fileName: 'acme.json', content: '{"id":"acme"}' }]);
    expect(useLibrary.getState()).toMatchObject({ pendingImport: { fileName: 'acme.json', content: '{"id":"acme"}', diff }, importBusy: false, importError: null });

    answer('library.applyImport', () => diff);
    answer('library.get', () => LIBRARY);
    await expect(useLibrary.getState().applyImport()).resolves.toEqual(diff);
    expect(useLibrary.getState()).toMatchObject({ pendingImport: null, importBusy: false, view: LIBRARY });
  });

  it('refuses an empty file without asking the backend, and shows a refused import as one sentence', async () => {
    await useLibrary.getState().previewImport(packFile('  \n'));
    expect(useLibrary.getState()).toMatchObject({ importError: 'acme.json: the file is empty.', pendingImport: null, importBusy: false });
    expect(callsOf('library.previewImport')).toEqual([]);
    refuse('library.previewImport', new ApiClientError({ code: 'invalid_input', message: 'acme.json: requirements.0.sourceUrl: Use an https link to the official or reputable source' }));
    await useLibrary.getState().previewImport(packFile('{"id":"acme"}'));
    expect(useLibrary.getState().importError).toBe('acme.json: requirements.0.sourceUrl: Use an https link to the official or reputable source');
    useLibrary.getState().dismissImportError();
    expect(useLibrary.getState().importError).toBeNull();
  });

  it('keeps the pending import when applying it is refused, and has nothing to apply after a cancel', async () => {
    answer('library.previewImport', () => importDiff());
    await useLibrary.getState().previewImport(packFile('{"id":"acme"}'));
    refuse('library.applyImport', new ApiClientError({ code: 'conflict', message: 'The library changed since the preview.' }));
    await expect(useLibrary.getState().applyImport()).rejects.toMatchObject({ code: 'conflict' });
    expect(useLibrary.getState()).toMatchObject({ pendingImport: { fileName: 'acme.json' }, importBusy: false });
    useLibrary.getState().cancelImport();
    await expect(useLibrary.getState().applyImport()).rejects.toThrow('Nothing to import.');
  });

  it('exports a pack as a JSON file through the host', async () => {
    answer('library.exportPack', () => ({ fileName: 'acme-1.0.0.json', content: '{"id":"acme"}' }));
    await useLibrary.getState().exportPack('acme');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ suggestedName: 'acme-1.0.0.json', filters: [{ name: 'Landfall requirement pack', extensions: ['json'] }] });
    expect(new TextDecoder().decode(saved[0]!.bytes)).toBe('{"id":"acme"}');
  });

  it('adds a custom requirement and reloads the library', async () => {
    const diff = importDiff({ packId: 'custom', added: [{ id: 'custom.board', title: 'Board approval', touches: [] }] });
    answer('library.addCustom', () => diff);
    answer('library.get', () => LIBRARY);
    const requirement = {
      id: 'custom.board',
      title: 'Board approval',
      summary: 'The board approves the entry before any filing.',
      jurisdiction: ['DE'],
      category: 'company_registration' as const,
      appliesWhen: { always: true as const },
      citation: { law: 'Internal policy', article: 's. 4' },
      sourceUrl: 'https://example.org/policy',
      ownerRole: 'legal' as const,
      leadTimeDays: 5,
      evidenceExpected: ['Board minutes'],
      workstream: 'regulatory_legal' as const,
      effectiveFrom: '2020-01-01',
      effectiveUntil: null,
      lastReviewed: '2026-11-29',
      verified: false,
    };
    await expect(useLibrary.getState().addCustom(requirement)).resolves.toEqual(diff);
    expect(callsOf('library.addCustom')).toEqual([requirement]);
    expect(useLibrary.getState().view).toEqual(LIBRARY);
  });
});

describe('settings store', () => {
  it('loads and saves the display name and role, and says why loading failed', async () => {
    const settings = { displayName: 'Ana', role: 'legal' as const, osUser: 'ana', actor: 'Ana' };
    answer('settings.update', ({ displayName, role }) => ({ ...settings, displayName, role }));
    await expect(useSettings.getState().save('Ana', 'legal')).resolves.toEqual(settings);
    expect(useSettings.getState().settings).toEqual(settings);
    refuse('settings.get', new ApiClientError({ code: 'storage', message: 'Landfall could not read its database.' }));
    await useSettings.getState().load();
    expect(useSettings.getState()).toMatchObject({ settings, loadError: 'Landfall could not read its database.' });
  });
});
