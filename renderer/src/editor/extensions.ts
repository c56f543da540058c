import StarterKit from '@tiptap/starter-kit';
import Blockquote from '@tiptap/extension-blockquote';
import type { AnyExtension } from '@tiptap/core';
import type { Template } from '../../../core/model/template.ts';
import { NODE } from '../../../core/model/nodes.ts';
import { IssueDocument } from './schema/document.ts';
import { Section } from './schema/section.ts';
import { Article, Reflection } from './schema/article.ts';
import { ArticleTitle, ArticleSubtitle, Byline } from './schema/textblocks.ts';
import { BodyHeading } from './schema/heading.ts';
import { Figure } from './schema/figure.ts';
import { StructureGuard } from './structure-guard.ts';
import { EditingKeys } from './editing-keys.ts';
import { Find } from './find/find-extension.ts';
import { PageMarks } from './pages/page-marks.ts';
import { ProofreadMarks } from './proofread/proofread-marks.ts';
import { CleanPaste, type CleanPasteOptions } from './paste/paste-extension.ts';


/** The editor's schema and behaviour: one extension per node of the issue document. */
export function issueExtensions(template: Template, onPickPhoto: (pos: number) => void, paste: CleanPasteOptions): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false,
      heading: false,
      blockquote: false,
      bulletList: false,
      orderedList: false,
      listItem: false,
      listKeymap: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      hardBreak: false,
      strike: false,
      underline: false,
      link: false,
      trailingNode: false,
      gapcursor: false,
    }),
    IssueDocument,
    Section,
    Article,
    Reflection,
    ArticleTitle,
    ArticleSubtitle,
    Byline,
    BodyHeading,
    Blockquote.extend({ content: `${NODE.paragraph}+` }),
    Figure.configure({ onPickPhoto }),
    StructureGuard.configure({ template }),
    EditingKeys,
    Find,
    PageMarks,
    ProofreadMarks,
    CleanPaste.configure(paste),
  ];
}
