import pkg from "../../package.json";

/** What the validation stamp names as its tool. */
export const TOOL = `Adal ${pkg.version}`;
