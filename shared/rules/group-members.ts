import { passport } from "../forms";
import { findingAt } from "../findings/finding-at";
import { fieldOf, passportOf, defineRule } from "./rule";

const MEMBERS = fieldOf(passport, "group_members");

/** A working group with nobody but its head: members are listed, separated by `;`. */
export const groupMembers = defineRule(["no_group_members"], function* (workbook) {
  const p = passportOf(workbook);
  const members = p?.row.values[MEMBERS];
  if (!p || p.row.unreadable.has(MEMBERS)) return;
  const names = typeof members === "string" ? members.split(/[;\n]/).filter((n) => n.trim() !== "") : [];
  if (names.length === 0) yield findingAt(p.data, p.row, MEMBERS, "no_group_members");
});
