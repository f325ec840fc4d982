import { Bookmark } from 'lucide-react';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { SaveBaselineForm } from './SaveBaselineForm';

/** "Save baseline…": names the current schedule so later slippage can be measured against it. */
export function SaveBaselineDialog({ baselineCount }: { baselineCount: number }) {
  return (
    <FormDialog trigger={<Button icon={Bookmark}>Save baseline…</Button>} size="small">
      {(close) => <SaveBaselineForm baselineCount={baselineCount} onDone={close} />}
    </FormDialog>
  );
}
