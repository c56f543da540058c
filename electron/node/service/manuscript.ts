import { Worker } from 'node:worker_threads';
import { UserError } from '../../../core/api/user-error.ts';
import { distFile } from '../process/dist-file.ts';
import type { Manuscript } from './manuscript-result.ts';
import type { PastIssueRead } from './past-issue-parse.ts';

/** Built from manuscript-worker.ts by electron/build.mjs. */
const WORKER = 'workers/manuscript.cjs';

/**
 * What one import may use. An essay reads in well under a second and a few tens of MB; the
 * largest .docx the checks let through (4 MB of XML and 80 MB of pictures) stays well within it.
 */
export const IMPORT_LIMITS = { seconds: 20, heapMb: 384, youngMb: 32, stackMb: 4 };

/** What a worker reads a file into: a contributor's manuscript, or a past briefing. */
export interface WorkerResults {
  manuscript: Manuscript;
  pastIssue: PastIssueRead;
}
export type WorkerTask = keyof WorkerResults;

type Outcome = { result: WorkerResults[WorkerTask] } | { refusal: string | null };

/**
 * Reads a file from outside in a worker thread of its own with a memory limit and a time limit:
 * whatever a file does (a zip bomb, XML nested a million deep), only its worker ends, with a
 * Chinese message naming the file, and the app and the rest of a batch go on.
 */
export function readInWorker<T extends WorkerTask>(task: T, name: string, bytes: Uint8Array, limits = IMPORT_LIMITS): Promise<WorkerResults[T]> {
  const script = distFile(WORKER);
  if (!script) return Promise.reject(new UserError('找不到读取稿件的组件，请先运行 npm run build。'));
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      workerData: { task, name, bytes },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: limits.youngMb, stackSizeMb: limits.stackMb },
      // Whatever a library prints while reading a hostile file stays out of the app's output (and `jianbao clean`'s).
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const fail = (message: string) => reject(new UserError(message));
    const broken = `“${name}”读取失败，文件可能已损坏，未导入。`;
    const timer = setTimeout(() => {
      fail(`“${name}”读取了 ${limits.seconds} 秒仍未完成，已停止。文件可能已损坏或过于复杂，未导入。`);
      void worker.terminate();
    }, limits.seconds * 1000);
    worker.once('message', (outcome: Outcome) => {
      if ('result' in outcome) resolve(outcome.result as WorkerResults[T]);
      else fail(outcome.refusal ?? broken);
    });
    worker.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `“${name}”读取时所需内存超出限制，已停止。文件可能已损坏或过于复杂，未导入。`
          : broken,
      ),
    );
    // A worker that ends without a word (killed, or out of memory in native code) still settles the import.
    worker.once('exit', () => {
      clearTimeout(timer);
      fail(broken);
    });
  });
}

/**
 * Reads a contributor's file (.docx, .doc, .wps, .pdf, .html or .txt) into a cleaned article with
 * its pictures, in a worker (readInWorker). Used by the 收稿箱 and by `jianbao clean`.
 */
export function readManuscript(name: string, bytes: Uint8Array, limits = IMPORT_LIMITS): Promise<Manuscript> {
  return readInWorker('manuscript', name, bytes, limits);
}

/** Reads a past briefing (.docx, .doc, .wps, .pdf) into the series and issue it makes, in a worker (readInWorker). Used by 导入往期简报 and `jianbao import-issue`. */
export function readPastIssueFile(name: string, bytes: Uint8Array): Promise<PastIssueRead> {
  return readInWorker('pastIssue', name, bytes);
}
