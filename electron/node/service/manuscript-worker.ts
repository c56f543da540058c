import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../../../core/api/user-error.ts';
import { parseManuscript } from './manuscript-parse.ts';

/** The worker of one import (see manuscript.ts): reads the file and posts the manuscript, or the message saying why not. */
const { name, bytes } = workerData as { name: string; bytes: Uint8Array };
parseManuscript(name, bytes).then(
  (manuscript) => parentPort!.postMessage({ manuscript }),
  (error: unknown) => parentPort!.postMessage({ refusal: error instanceof UserError ? error.message : null }),
);
