import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The sample documents, copied into the repository (see test/fixtures/samples/README.md). */
export const SAMPLE_DIR = fileURLToPath(new URL('../fixtures/samples/', import.meta.url));

export const SAMPLE_FILES = {
  deeds: '000_2feca31a8b5113cd.txt',
  news: '001_3ecf7e2b8d0d31fa.txt',
  briefing: '003_1aaa9068f51ad1d2.txt',
} as const;

export function readSample(file: string): string {
  return readFileSync(SAMPLE_DIR + file, 'utf8');
}
