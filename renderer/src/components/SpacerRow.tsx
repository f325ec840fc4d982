/** The empty row that stands for the virtualised rows above or below the viewport; nothing when there are none. */
export function SpacerRow({ columns, height }: { columns: number; height: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
