import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Examined } from "../../shared/consolidate/examined";
import type { Lang } from "../../shared/i18n/lang";
import type { Input } from "../expand-inputs";
import { examinePath } from "./examine-path";

// Below this many files a thread costs more to start than it saves.
const FILES_PER_THREAD = 8;

/**
 * Every file examined, in the order given: on worker threads when there are many files (reading
 * and validating is CPU work), else here. Reasons a file cannot be opened are said in `ui`. Each worker takes the next file as soon as it is free.
 */
export async function examineAll(
  inputs: readonly Input[],
  ui: Lang,
  onExamined: () => void,
  threads = availableParallelism(),
): Promise<Examined[]> {
  const count = Math.min(threads, Math.floor(inputs.length / FILES_PER_THREAD));
  if (count < 2) {
    const results: Examined[] = [];
    for (const input of inputs) {
      results.push(await examinePath(input, ui));
      onExamined();
    }
    return results;
  }
  const results = new Array<Examined>(inputs.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= inputs.length) return resolve();
        const index = next++;
        worker.postMessage({ index, input: inputs[index], ui });
      };
      worker.on("message", ({ index, examined }: { index: number; examined: Examined }) => {
        results[index] = examined;
        onExamined();
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
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(entry)});`, { eval: true });
}
