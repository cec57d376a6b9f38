import { Button, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { type FormDef, staffing } from "../../../../shared/forms";
import type { WorkbookPort } from "../../port/workbook-port";
import { inputColumns } from "../../use-cases/input-columns";
import { staffingTotals } from "../../use-cases/staffing-totals";
import { clearRowWrites, type TableRow, type TableRows } from "../../use-cases/table-rows";
import { errorText } from "../error-text";
import { useEntryListStyles } from "../entry-list-styles";
import { useT } from "../lang-context";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

// The first few filled columns say which row it is; the sheet shows the rest.
const SUMMARY_COLUMNS = 3;

export interface RowsListProps {
  readonly form: FormDef;
  readonly table: TableRows;
  readonly port: WorkbookPort;
  readonly onEdit: (row: TableRow) => void;
  readonly onWritten: () => void;
}

/**
 * The rows already in the table, each to edit or delete: many Excel versions cannot undo an add-in's write,
 * so a wrong row is mended here. Deleting asks once more.
 */
export function RowsList({ form, table, port, onEdit, onWritten }: RowsListProps) {
  const styles = useStyles();
  const entries = useEntryListStyles();
  const t = useT();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const columns = inputColumns(form);

  const remove = async (row: TableRow) => {
    setConfirming(null);
    try {
      const written = await port.writeCells(clearRowWrites(table, form, row.row));
      if (written.ok) onWritten();
      else setFailure(t("pane.fill.noTable", { table: table.sheet }));
    } catch (error) {
      setFailure(t("pane.failed", { detail: errorText(error) }));
    }
  };

  const heading = t("pane.fill.rows", { count: table.rows.length });
  return (
    <section aria-label={heading}>
      <Subtitle2 as="h3">{heading}</Subtitle2>
      {form.id === staffing.id && <StaffingTotals table={table} />}
      {failure && <Text role="alert">{failure}</Text>}
      <ul className={entries.list}>
        {table.rows.map((row) => (
          <li key={row.row} className={entries.entry}>
            <Text>
              <strong>{row.entry}.</strong>{" "}
              {columns
                .map((c) => row.texts[c.key] ?? "")
                .filter((text) => text.trim() !== "")
                .slice(0, SUMMARY_COLUMNS)
                .join(" · ")}
            </Text>
            <div className={styles.buttons}>
              <Button
                size="small"
                onClick={() => onEdit(row)}
                aria-label={t("pane.fill.editRow", { entry: row.entry })}
              >
                {t("pane.fill.edit")}
              </Button>
              {confirming === row.row ? (
                <Button size="small" appearance="primary" onClick={() => void remove(row)}>
                  {t("pane.fill.confirmDelete", { entry: row.entry })}
                </Button>
              ) : (
                <Button
                  size="small"
                  onClick={() => setConfirming(row.row)}
                  aria-label={t("pane.fill.deleteRow", { entry: row.entry })}
                >
                  {t("pane.fill.delete")}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {table.rows.length === 0 && <Caption1>{t("pane.fill.noRows")}</Caption1>}
    </section>
  );
}

function StaffingTotals({ table }: { table: TableRows }) {
  const t = useT();
  const totals = staffingTotals(table);
  return (
    <Text block role="status">
      {t("pane.fill.staffing.totals", {
        units: totals.units,
        occupied: totals.occupied,
        hired: totals.hired,
        dismissed: totals.dismissed,
        turnover: totals.turnover === null ? "—" : `${totals.turnover} %`,
      })}
    </Text>
  );
}
