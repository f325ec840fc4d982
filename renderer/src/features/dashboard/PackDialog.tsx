import { FileDown } from 'lucide-react';
import type { MarketRow } from '../../../../shared/portfolio-schema';
import { Button } from '../../components/Button';
import { FormDialog } from '../../components/FormDialog';
import { PackForm } from './PackForm';

/** "Leadership pack…": the one-click pack, primary for leadership. */
export function PackDialog({ markets, asOf, primary }: { markets: MarketRow[]; asOf: string; primary: boolean }) {
  return (
    <FormDialog trigger={<Button variant={primary ? 'primary' : 'secondary'} icon={FileDown}>Leadership pack…</Button>} size="medium">
      {(close) => <PackForm markets={markets} asOf={asOf} onDone={close} />}
    </FormDialog>
  );
}
