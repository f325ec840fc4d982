interface ColumnHeadsProps {
  columns: string[];
  /** A last column of row buttons, named "Actions" for screen readers only. */
  actions?: boolean;
}

/** A plain table's `<thead>`: one column header per name. */
export function ColumnHeads({ columns, actions }: ColumnHeadsProps) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
        {actions ? (
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        ) : null}
      </tr>
    </thead>
  );
}
