import * as z from 'zod';
import { IssueShape, followsTemplate } from './issue.ts';
import { PHOTO_HASH } from './photo.ts';

/** Issue files (`.json`) carry one issue with its photos so it can move between machines. */
export const ISSUE_FILE_FORMAT = 'jianbao-issue';
export const ISSUE_FILE_VERSION = 1;

export const PhotoData = z.object({
  mime: z.string().max(40),
  /** base64 of the image bytes. */
  data: z.string(),
});
export type PhotoData = z.infer<typeof PhotoData>;

export const IssueFile = IssueShape.extend({
  format: z.literal(ISSUE_FILE_FORMAT),
  version: z.literal(ISSUE_FILE_VERSION),
  photos: z.record(z.string().regex(PHOTO_HASH), PhotoData),
}).superRefine(followsTemplate);
export type IssueFile = z.infer<typeof IssueFile>;

/** Reads the head of a candidate file, so a wrong or newer file gets its own message. */
export function issueFileProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return '这不是简报工坊的工程文件。';
  const head = value as { format?: unknown; version?: unknown };
  if (head.format !== ISSUE_FILE_FORMAT) return '这不是简报工坊的工程文件。';
  if (typeof head.version !== 'number' || !Number.isInteger(head.version)) return '工程文件缺少格式版本号。';
  if (head.version > ISSUE_FILE_VERSION)
    return `此文件由较新版本的简报工坊保存（格式版本 ${head.version}），本程序只能打开版本 ${ISSUE_FILE_VERSION}，请先升级简报工坊。`;
  return null;
}
