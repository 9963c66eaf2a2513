/**
 * Runs an uncertainty analysis without blocking the pane: in a Web Worker where the build
 * provides one (the shipped pane), else on this thread in slices between which the pane stays
 * responsive (jsdom in tests). Either way: progress, and a cancel that stops the work.
 */
import {
  startUncertainty,
  UncertaintyResult,
} from "../../core/scoring/uncertainty";
import { drawsPerReport, UncertaintyJob, WorkerMessage } from "./messages";

/** The worker script's file name, set by webpack's DefinePlugin; absent elsewhere. */
declare const __UNCERTAINTY_WORKER__: string | undefined;

export class Cancelled extends Error {
  constructor() {
    super("cancelled");
  }
}

export interface Running {
  result: Promise<UncertaintyResult>;
  cancel(): void;
}

export function runUncertainty(
  job: UncertaintyJob,
  progress: (done: number, total: number) => void,
): Running {
  // At most ten progress reports a second (and the last one): each one redraws the step.
  let last = -Infinity;
  const onProgress = (done: number, total: number) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    progress(done, total);
  };
  const script =
    typeof __UNCERTAINTY_WORKER__ === "string"
      ? __UNCERTAINTY_WORKER__
      : undefined;
  if (script && typeof Worker !== "undefined")
    return inWorker(script, job, onProgress);
  return inSlices(job, onProgress);
}

function inWorker(
  script: string,
  job: UncertaintyJob,
  onProgress: (done: number, total: number) => void,
): Running {
  const worker = new Worker(script);
  let stop: (e: Error) => void = () => undefined;
  const result = new Promise<UncertaintyResult>((resolve, reject) => {
    stop = reject;
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.kind === "progress") onProgress(m.done, m.total);
      else {
        worker.terminate();
        if (m.kind === "done") resolve(m.result);
        else reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || "worker error"));
    };
  });
  worker.postMessage(job);
  return {
    result,
    cancel: () => {
      worker.terminate();
      stop(new Cancelled());
    },
  };
}

function inSlices(
  job: UncertaintyJob,
  onProgress: (done: number, total: number) => void,
): Running {
  let cancelled = false;
  let stop: (e: Error) => void = () => undefined;
  const result = new Promise<UncertaintyResult>((resolve, reject) => {
    stop = reject;
    const run = startUncertainty(job.methodology, job.base, job.options);
    const chunk = drawsPerReport(job.base.agencies.length);
    const slice = () => {
      if (cancelled) return;
      try {
        // About 30 ms of draws, then the pane's turn.
        const end = Date.now() + 30;
        do run.step(chunk);
        while (run.done < run.total && Date.now() < end);
        onProgress(run.done, run.total);
        if (run.done < run.total) setTimeout(slice, 0);
        else resolve(run.result());
      } catch (e) {
        reject(e as Error);
      }
    };
    setTimeout(slice, 0);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      stop(new Cancelled());
    },
  };
}
