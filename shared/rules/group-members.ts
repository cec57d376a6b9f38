import { findingAt } from "../findings/finding-at";
import { defineRule, passportOf } from "./rule";

/** A working group with nobody but its head: members are listed, separated by `;`. */
export const groupMembers = defineRule(["no_group_members"], function* (workbook) {
  const p = passportOf(workbook);
  const members = p?.row.values.group_members;
  if (!p || p.row.unreadable.has("group_members")) return;
  const names = typeof members === "string" ? members.split(/[;\n]/).filter((n) => n.trim() !== "") : [];
  if (names.length === 0) yield findingAt(p.data, p.row, "group_members", "no_group_members");
});
