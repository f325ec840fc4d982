import { contract } from '../../../../shared/contract';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/TextField';
import { fromForm } from '../../lib/form-values';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useChecklist } from '../../stores/checklist-store';
import { useNotice } from '../../stores/notice-store';

interface LinkValues {
  name: string;
  url: string;
}

/** What the form edits of `evidence.addLink` (the item is the one open), judged by its schema. */
const schema = fromForm((v: LinkValues) => ({ name: v.name, url: v.url.trim() }), contract['evidence.addLink'].input.pick({ name: true, url: true }));

/** "Add link": a web address as evidence, named by the user or by the address itself. */
export function EvidenceLinkForm({ itemId, onDone }: { itemId: string; onDone(): void }) {
  const addEvidenceLink = useChecklist((s) => s.addEvidenceLink);
  const { form, submit, busy, formError } = useApiForm({ schema, defaultValues: { name: '', url: '' } });
  const errors = form.formState.errors;

  const onSubmit = submit(async ({ name, url }) => {
    await addEvidenceLink(itemId, name || url, url);
    useNotice.getState().show('Added the link.');
    onDone();
  });

  return (
    <form className="link-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Add a link">
      <ErrorAlert message={formError} />
      <div className="form-row">
        <TextField id="link-name" label="Link name" optional error={errorAt(errors, 'name')} autoFocus {...form.register('name')} />
        <TextField id="link-url" label="Web address" error={errorAt(errors, 'url')} type="url" placeholder="https://" {...form.register('url')} />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Add link
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
