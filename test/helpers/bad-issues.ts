import type { DocNode } from '../../core/model/doc.ts';
import { demoIssueFile } from './big-issue.ts';

const section = (file: { doc: DocNode }, key: string) => file.doc.content!.find((s) => s.attrs?.key === key)!;

/** Two issue files a careless hand or another program could make, which the editor could not hold. */
export const BAD_ISSUES = {
  /** The first article of 【简讯】 moved among the photos of 【学习掠影】. */
  articleInGallery: {
    text: () => {
      const file = demoIssueFile();
      const moved = section(file, 'jianxun').content!.shift()!;
      section(file, 'lueying').content!.push(moved);
      return JSON.stringify(file);
    },
    message: '《松江区第九期处级干部轮训班开班》不能放在【学习掠影】：【学习掠影】只能放入照片。',
  },
  /** The first article's byline put before its title. */
  bylineFirst: {
    text: () => {
      const file = demoIssueFile();
      const article = section(file, 'jianxun').content![0]!;
      article.content!.unshift(article.content!.pop()!);
      return JSON.stringify(file);
    },
    message: '一篇文章的结构不对：文章应依次是标题、副标题（可无）、正文、署名',
  },
} as const;
