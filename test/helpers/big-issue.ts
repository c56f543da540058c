import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueFile } from '../../core/model/issue-file.ts';
import { Transform } from 'prosemirror-transform';
import { freshIds } from '../../core/model/new-issue.ts';
import { docJson, docNode } from '../../core/schema/doc-node.ts';
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
  for (let i = 0; countChars(plainText(docNode(file.doc))) < chars; i++) {
    const copy = new Transform(docNode(originals[i % originals.length]!));
    freshIds(copy);
    essays.content!.push(docJson(copy.doc));
  }
  return file;
}
