import { parentPort } from "node:worker_threads";
import { examinePath, type InputPath } from "./examine-path";

/** A worker thread of the pool: examines the files it is sent, one at a time. */
parentPort?.on("message", (message: { readonly index: number; readonly input: InputPath }) => {
  void examinePath(message.input).then((examined) => parentPort?.postMessage({ index: message.index, examined }));
});
