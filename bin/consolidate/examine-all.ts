import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Examined } from "../../shared/consolidate";
import type { Lang } from "../../shared/i18n";
import type { Report } from "../../shared/validation";
import type { Input } from "../expand-inputs";
import { type Job, type JobResult, runJob } from "./jobs";

// Below this many files a thread costs more to start than it saves.
const FILES_PER_THREAD = 8;

/**
 * Every file examined, in the order given: on worker threads when there are many files (reading
 * and validating is CPU work), else here. Reasons a file cannot be opened are said in `ui`.
 */
export function examineAll(
  inputs: readonly Input[],
  ui: Lang,
  onExamined: () => void,
  threads = availableParallelism(),
): Promise<Examined[]> {
  return onThreads("examine", inputs, ui, onExamined, threads);
}

/** Every file validated, in the order given, on worker threads as `examineAll` does; reasons in `lang`. */
export function validateAll(inputs: readonly Input[], lang: Lang, threads = availableParallelism()): Promise<Report[]> {
  return onThreads("validate", inputs, lang, () => undefined, threads);
}

/** The job on every file, in the order given: each worker takes the next file as soon as it is free. */
async function onThreads<J extends Job>(
  job: J,
  inputs: readonly Input[],
  lang: Lang,
  onDone: () => void,
  threads: number,
): Promise<JobResult<J>[]> {
  const count = Math.min(threads, Math.floor(inputs.length / FILES_PER_THREAD));
  if (count < 2) {
    const results: JobResult<J>[] = [];
    for (const input of inputs) {
      results.push(await runJob(job, input, lang));
      onDone();
    }
    return results;
  }
  const results = new Array<JobResult<J>>(inputs.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= inputs.length) return resolve();
        const index = next++;
        worker.postMessage({ index, job, input: inputs[index], lang });
      };
      worker.on("message", ({ index, result }: { index: number; result: JobResult<J> }) => {
        results[index] = result;
        onDone();
        send();
      });
      worker.on("error", reject);
      send();
    });
  const workers = Array.from({ length: count }, () => startWorker());
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

/**
 * A worker thread running examine-worker: compiled, this module is the bundle build/cli/adal.js and
 * the worker's bundle stands beside it; from the sources (tsx), the worker registers tsx for itself.
 */
function startWorker(): Worker {
  if (__filename.endsWith(".js")) return new Worker(join(__dirname, "examine-worker.js"));
  const entry = join(__dirname, "examine-worker.ts");
  // Resolved here, beside Adal's node_modules: an evaluated worker would look for tsx in the current folder.
  const tsx = require.resolve("tsx/cjs/api");
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, { eval: true });
}
