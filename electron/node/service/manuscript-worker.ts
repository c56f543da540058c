import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../../../core/api/user-error.ts';
import { parseManuscript } from './manuscript-parse.ts';
import { parsePastIssue } from './past-issue-parse.ts';
import type { WorkerTask } from './manuscript.ts';

/** The worker of one import (see manuscript.ts): reads the file as its task says and posts the result, or the message saying why not. */
const { task, name, bytes } = workerData as { task: WorkerTask; name: string; bytes: Uint8Array };
(task === 'pastIssue' ? parsePastIssue(name, bytes) : parseManuscript(name, bytes)).then(
  (result) => parentPort!.postMessage({ result }),
  (error: unknown) => parentPort!.postMessage({ refusal: error instanceof UserError ? error.message : null }),
);
