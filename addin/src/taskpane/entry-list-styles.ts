import { makeStyles, tokens } from "@fluentui/react-components";

/** A list of entries (a table's rows, a ledger's files): no bullets, each entry a column of lines that wraps anywhere. */
export const useEntryListStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  entry: { display: "flex", flexDirection: "column", gap: "2px", overflowWrap: "anywhere", minWidth: 0 },
});
