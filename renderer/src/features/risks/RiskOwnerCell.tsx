import { useState } from 'react';
import type { RiskView } from '../../../../shared/risk-schema';

/** Owner, edited in place (keyed by the risk's version, so a reload shows the stored owner): saved when the field loses focus or Enter is pressed; Escape restores it. */
export function RiskOwnerCell({ risk, onSave }: { risk: RiskView; onSave(owner: string): Promise<boolean> }) {
  const [value, setValue] = useState(risk.owner);
  const commit = async () => {
    if (value.trim() === risk.owner) return;
    if (!(await onSave(value))) setValue(risk.owner);
  };
  return (
    <input
      className="input input-inline"
      aria-label={`Owner of ${risk.title}`}
      value={value}
      maxLength={200}
      placeholder="Unassigned"
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setValue(risk.owner);
      }}
    />
  );
}
