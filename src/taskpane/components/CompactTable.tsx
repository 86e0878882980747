// The pane's small tables: a caption for screen readers, one header row, the rows the caller gives.
import { Table, TableBody, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface Column {
  label: string;
  /** Width or alignment of the column's header cell. */
  className?: string;
}

interface CompactTableProps {
  caption: string;
  columns: Column[];
  className?: string;
  children: ReactNode;
}

export function CompactTable({ caption, columns, className, children }: CompactTableProps) {
  return (
    <Table size="small" className={className} aria-label={caption}>
      <TableHeader>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell key={column.label} className={column.className}>
              {column.label}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </Table>
  );
}
