import { contract } from '../../../../shared/contract';
import { InlineForm } from '../../components/InlineForm';
import { TextField } from '../../components/TextField';
import { fromForm } from '../../lib/form-values';
import { errorAt } from '../../lib/use-api-form';
import { useActionForm } from '../../lib/use-action-form';
import { useChecklist } from '../../stores/checklist-store';

interface LinkValues {
  name: string;
  url: string;
}

/** What the form edits of `evidence.addLink` (the item is the one open), judged by its schema. */
const schema = fromForm((v: LinkValues) => ({ name: v.name, url: v.url.trim() }), contract['evidence.addLink'].input.pick({ name: true, url: true }));

/** "Add link": a web address as evidence, named by the user or by the address itself. */
export function EvidenceLinkForm({ itemId, onDone }: { itemId: string; onDone(): void }) {
  const addEvidenceLink = useChecklist((s) => s.addEvidenceLink);
  const { form, bound } = useActionForm({
    schema,
    defaultValues: { name: '', url: '' },
    async action({ name, url }) {
      await addEvidenceLink(itemId, name || url, url);
      return 'Added the link.';
    },
    onDone,
  });
  const errors = form.formState.errors;

  return (
    <InlineForm label="Add a link" className="link-form" submit={{ label: 'Add link' }} onCancel={onDone} {...bound}>
      <div className="form-row">
        <TextField id="link-name" label="Link name" optional error={errorAt(errors, 'name')} autoFocus {...form.register('name')} />
        <TextField id="link-url" label="Web address" error={errorAt(errors, 'url')} type="url" placeholder="https://" {...form.register('url')} />
      </div>
    </InlineForm>
  );
}
