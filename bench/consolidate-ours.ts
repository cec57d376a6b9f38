import { closeSync, openSync, writeSync } from "node:fs";
import { examineAll } from "../bin/consolidate/examine-all";
import { expandInputs } from "../bin/expand-inputs";
import { nodeCompressor } from "../bin/node-deflate";
import { nodeInflateLater } from "../bin/node-inflate";
import { planConsolidation } from "../shared/consolidate/plan";
import { writeSummary } from "../shared/consolidate/write-summary";
import { laps } from "./measure";

export interface OursOptions {
  /** Worker threads reading and validating (1: on the main thread). */
  readonly threads: number;
  /** Where the summary goes; without it, only the reading side runs. */
  readonly out?: string;
}

/** `adal consolidate` without its printing: examine every file, plan, write the summary. Returns its phases in ms. */
export async function oursPipeline(dir: string, options: OursOptions): Promise<Record<string, number>> {
  const since = laps();
  const examined = await examineAll((await expandInputs([dir])).inputs, "en", () => undefined, options.threads);
  const phases: Record<string, number> = { "read + validate": since() };
  if (!options.out) return phases;
  const plan = planConsolidation(examined);
  phases.plan = since();
  const accepted = plan.decisions.filter((d) => d.outcome === "accepted").length;
  if (accepted !== examined.length) throw new Error(`only ${accepted} of ${examined.length} sample workbooks accepted`);
  const chunks = await writeSummary(plan, { compressor: nodeCompressor, unpack: nodeInflateLater });
  const fd = openSync(options.out, "w");
  for (const chunk of chunks) writeSync(fd, chunk);
  closeSync(fd);
  phases["write summary"] = since();
  return phases;
}
