/**
 * The uncertainty analysis off the pane's thread: a job in, progress and the bands out. The
 * pane cancels by terminating the worker.
 */
import { startUncertainty } from "../../core/scoring/uncertainty";
import { drawsPerReport, UncertaintyJob, WorkerMessage } from "./messages";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<UncertaintyJob>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

scope.onmessage = (e) => {
  try {
    const { methodology, base, options } = e.data;
    const run = startUncertainty(methodology, base, options);
    const chunk = drawsPerReport(base.agencies.length);
    while (run.done < run.total) {
      run.step(chunk);
      scope.postMessage({ kind: "progress", done: run.done, total: run.total });
    }
    scope.postMessage({ kind: "done", result: run.result() });
  } catch (error) {
    scope.postMessage({
      kind: "error",
      message: String((error as Error)?.message ?? error),
    });
  }
};
