export { stampEntries } from "./stamp";
export type { Sha256Hex } from "./sha256";
