import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { withFreshIds } from '../../core/model/new-issue.ts';
import { countChars, plainText } from '../../core/model/text.ts';
import { REPO } from './web-server.ts';

export function demoIssueFile(): IssueFile {
  return JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as IssueFile;
}

/** The demo issue with its essays repeated until the issue holds at least `chars` characters. */
export function bigIssueFile(chars: number): IssueFile {
  const file = demoIssueFile();
  const essays = file.doc.content![1]!;
  const originals = [...essays.content!];
  for (let i = 0; countChars(plainText(file.doc)) < chars; i++) {
    essays.content!.push(withFreshIds(originals[i % originals.length]!));
  }
  return file;
}
