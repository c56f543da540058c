import type { IssueMeta } from '../model/meta.ts';

/**
 * `松江区第九期处级干部轮训班简报第1期.docx` (or `.pdf`, or `…第1期（送审稿）.docx`): the series without
 * its leading year range, and the issue.
 */
export function docxFileName(meta: IssueMeta, extension: 'docx' | 'pdf' = 'docx', kind = ''): string {
  const series = meta.seriesTitle.replace(/^\s*\d{4}\s*[-—–~～至]\s*\d{4}\s*(年)?/u, '');
  const name = `${series}第${meta.issueNumber}期`.replace(/[\\/:*?"<>|\s]+/gu, '');
  return `${name || '简报'}${kind ? `（${kind}）` : ''}.${extension}`;
}
