/**
 * A reversible action as its notice offers it, declared once per action: what the notice
 * says, how Undo reverses it through the API (with the row version the action returned, so
 * an Undo the data has moved past is refused), and what the notice says once it has.
 */
export interface Undoable<T, R = unknown> {
  /** The notice after the action: "Archived “Brazil launch”. …". */
  done(result: T): string;
  /** Reverses it; resolves with what the reversal returned. */
  undo(result: T): Promise<R>;
  /** The notice after Undo. */
  undone(reversed: R): string;
}
