export { splitBlock, joinBlock } from "./split-block";
export { readBlock, type PastedBlock, type PastedColumn, type PastedRow } from "./read-block";
