import { parentPort } from "node:worker_threads";
import type { Lang } from "../../shared/i18n/lang";
import type { Input } from "../expand-inputs";
import { examinePath } from "./examine-path";

/** A worker thread of the pool: examines the files it is sent, one at a time. */
parentPort?.on("message", (message: { readonly index: number; readonly input: Input; readonly ui: Lang }) => {
  void examinePath(message.input, message.ui).then((examined) =>
    parentPort?.postMessage({ index: message.index, examined }),
  );
});
