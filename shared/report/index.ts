export { draftFromSnapshot, draftReport } from "./draft-report";
