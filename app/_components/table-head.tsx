/**
 * The header row of our data tables: one column header per label and, for tables whose rows end
 * in buttons or links, a last column that screen readers announce as "Actions" but that shows
 * nothing (the buttons name themselves).
 */
export function TableHead({ columns, actions = false }: { columns: readonly string[]; actions?: boolean }) {
  return (
    <thead>
      <tr>
        {columns.map((label) => (
          <th key={label} scope="col">
            {label}
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
