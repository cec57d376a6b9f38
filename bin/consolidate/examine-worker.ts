import { parentPort } from "node:worker_threads";
import type { Lang } from "../../shared/i18n";
import type { Input } from "../expand-inputs";
import { type Job, runJob } from "./jobs";

/** A worker thread of the pool: does the job on each file it is sent, one at a time. */
parentPort?.on(
  "message",
  (message: { readonly index: number; readonly job: Job; readonly input: Input; readonly lang: Lang }) => {
    void runJob(message.job, message.input, message.lang).then((result) =>
      parentPort?.postMessage({ index: message.index, result }),
    );
  },
);
