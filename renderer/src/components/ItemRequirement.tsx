import type { ChecklistItem } from '../../../shared/checklist-schema';
import { RequirementFacts } from './RequirementFacts';
import { SheetSection } from './Section';

/** Who reads the section: the team working the item, or counsel reviewing it (fewer hints about the work). */
type Reader = 'team' | 'counsel';

const CHANGED_TAIL: Record<Reader, string> = { team: ' Below is the current text; check whether the work still fits.', counsel: ' Below is the current text.' };
const CUSTOM: Record<Reader, string> = {
  team: 'Your team added this item; it is not taken from the requirements library.',
  counsel: 'The team added this item; it is not taken from the requirements library.',
};

/** The section of an item's sheet on its requirement: what the library says, and whether the library changed or withdrew it since; a custom item says so. */
export function ItemRequirement({ id, item, reader }: { id: string; item: ChecklistItem; reader: Reader }) {
  const r = item.requirement;
  return (
    <SheetSection id={id} title="Requirement">
      {r ? (
        <>
          {item.requirementChanged ? (
            <p className="inline-note">
              The library updated this requirement after the item was created (it was pinned at pack version {item.packVersion}).{CHANGED_TAIL[reader]}
            </p>
          ) : null}
          {reader === 'team' && item.requirementWithdrawn ? (
            <p className="inline-note">This requirement was withdrawn from the library. The item and its evidence are kept; mark it not applicable if it no longer matters.</p>
          ) : null}
          <RequirementFacts requirement={r} />
        </>
      ) : (
        <p className="muted">{CUSTOM[reader]}</p>
      )}
    </SheetSection>
  );
}
