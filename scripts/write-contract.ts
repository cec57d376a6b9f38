// Writes the contract document (docs/contract.md) from the form definitions: `npm run contract`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { CONTRACT_DOCUMENT, contractDocument } from "./contract-document";

const target = join(__dirname, "..", CONTRACT_DOCUMENT);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, contractDocument());
console.log(`wrote ${CONTRACT_DOCUMENT}`);
