import type { Examined } from "../../shared/consolidate";
import type { Lang } from "../../shared/i18n";
import type { Report } from "../../shared/validation";
import type { Input } from "../expand-inputs";
import { examinePath } from "./examine-path";
import { validatePath } from "./validate-path";

/** What a thread does with one file: examine it for a consolidation, or validate it for `adal validate`. */
export type Job = "examine" | "validate";
export type JobResult<J extends Job> = J extends "examine" ? Examined : Report;

/** One file's job, on whichever thread runs it; reasons a file cannot be opened are said in `lang`. */
export function runJob<J extends Job>(job: J, input: Input, lang: Lang): Promise<JobResult<J>> {
  return (job === "examine" ? examinePath(input, lang) : validatePath(input, lang)) as Promise<JobResult<J>>;
}
