// Writes the add-in's icons into manifest/assets/: `npx tsx manifest/write-icons.ts`. No network, no image tools.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { drawIcon, ICON_SIZES } from "./draw-icon";
import { encodePng } from "./encode-png";

for (const size of ICON_SIZES)
  writeFileSync(join(__dirname, "assets", `icon-${size}.png`), encodePng(size, drawIcon(size)));
