import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { NODE, HEADING_LEVELS, type HeadingLevel } from '../../../../core/model/nodes.ts';
import { useRovingFocus } from '../../app/use-roving-focus.ts';
import { MenuButton } from '../../app/MenuButton.tsx';
import { SkipLink } from './SkipLink.tsx';

interface Props {
  editor: Editor;
  onHome: () => void;
  onInsertPhoto: () => void;
  onFind: (replace: boolean) => void;
  onExportFile: () => void;
  onExportDocx: () => void;
  onPageView: () => void;
  onPrint: () => void;
  onOpenFile: () => void;
  onExportPdf: () => void;
  onSendForReview: () => void;
  /** Open suggestions and comments, shown on the 审阅 button. */
  reviewCount: number;
  /** 修订模式 is on. */
  suggesting: boolean;
  onReview: () => void;
  onCopyWechat: () => void;
  onNextIssue: () => void;
  proofCount: number;
  onProofread: () => void;
  onHistory: () => void;
}

const LEVEL_NAMES: Record<HeadingLevel, string> = { 1: '一级标题 一、', 2: '二级标题 （一）', 3: '三级标题 1.', 4: '四级标题 （1）' };

function blockValue(editor: Editor): string {
  for (const level of HEADING_LEVELS) if (editor.isActive(NODE.heading, { level })) return `h${level}`;
  return editor.isActive(NODE.paragraph) ? 'p' : '';
}

/**
 * 工具栏: the commands of Word's 开始 tab that a briefing needs, with their shortcuts, on one row
 * down to a 1280-pixel screen: the rarer ones are under 更多. One Tab stop, arrows inside.
 */
export function Toolbar({ editor, onHome, onInsertPhoto, onFind, onExportFile, onExportDocx, onPageView, onPrint, onOpenFile, onExportPdf, onSendForReview, reviewCount, suggesting, onReview, onCopyWechat, onNextIssue, proofCount, onProofread, onHistory }: Props) {
  const shown = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      bold: e.isActive('bold'),
      quote: e.isActive(NODE.blockquote),
      block: blockValue(e),
    }),
  });
  const roving = useRovingFocus<HTMLDivElement>('button, select', 'horizontal');
  const chain = () => editor.chain().focus();
  const setBlock = (value: string) => {
    if (value === 'p') chain().setParagraph().run();
    else chain().setHeading({ level: Number(value.slice(1)) as HeadingLevel }).run();
  };
  return (
    <>
      <SkipLink onSkip={() => chain().scrollIntoView().run()} />
      <div className="bj-toolbar" role="toolbar" aria-label="工具栏" {...roving}>
        <button type="button" onClick={onHome} title="返回期刊列表">期刊列表</button>
        <button type="button" onClick={onNextIssue} title="以本期为底稿新建下一期">新建下一期</button>
        <button type="button" onClick={onPageView} title="按打印的样子逐页查看，与导出的 DOCX、PDF 分页相同 (Ctrl+Alt+P)">页面视图</button>
        <button type="button" onClick={onPrint} title="打印，分页与导出的 DOCX、PDF 相同 (Ctrl+P)">打印</button>
        <button type="button" onClick={onExportDocx} title="导出可打印的 DOCX (Ctrl+E)">导出 DOCX</button>
        <button type="button" onClick={onExportPdf} title="导出 PDF，分页与 DOCX 相同 (Ctrl+Shift+E)">导出 PDF</button>
        <button type="button" onClick={onReview} title="导入领导发回的审阅稿，逐处接受或拒绝修订，回复、解决批注" >
          {`审阅${reviewCount ? `（${reviewCount}）` : ''}${suggesting ? '·修订中' : ''}`}
        </button>
        <button type="button" onClick={onHistory} title="查看、比较和恢复此期的历史版本，命名当前版本">历史版本</button>
        <span className="bj-sep" />
        <button type="button" onClick={() => chain().undo().run()} disabled={!shown.canUndo} title="撤销 (Ctrl+Z)">撤销</button>
        <button type="button" onClick={() => chain().redo().run()} disabled={!shown.canRedo} title="恢复 (Ctrl+Y)">恢复</button>
        <span className="bj-sep" />
        <select aria-label="段落样式" value={shown.block} onChange={(e) => setBlock(e.target.value)}>
          <option value="" disabled>—</option>
          <option value="p">正文</option>
          {HEADING_LEVELS.map((l) => (
            <option key={l} value={`h${l}`}>{LEVEL_NAMES[l]}</option>
          ))}
        </select>
        <button
          type="button"
          className={shown.bold ? 'bj-on' : ''}
          onClick={() => chain().toggleBold().run()}
          title="加粗 (Ctrl+B)"
          aria-label="加粗 (Ctrl+B)"
          aria-keyshortcuts="Control+B"
          aria-pressed={shown.bold}
        >
          <b aria-hidden="true">B</b>
        </button>
        <button
          type="button"
          className={shown.quote ? 'bj-on' : ''}
          onClick={() => chain().toggleBlockquote().run()}
          title="引用"
          aria-pressed={shown.quote}
        >
          引用
        </button>
        <button type="button" onClick={onInsertPhoto} title="从文件插入照片">插入照片</button>
        <span className="bj-sep" />
        <button type="button" onClick={() => onFind(false)} title="查找 (Ctrl+F)">查找</button>
        <button type="button" onClick={onProofread} title="规范表述、标点数字、错别字、署名">
          校对（{proofCount}）
        </button>
        <MenuButton
          menuLabel="更多命令"
          title="更多命令：替换、送审、复制为公众号格式、工程文件"
          entries={[
            { label: '替换…', run: () => onFind(true), keys: 'Ctrl+H' },
            { label: '送审（导出送审稿）…', run: onSendForReview },
            { label: '复制为公众号格式…', run: onCopyWechat },
            { label: '打开工程文件…', run: onOpenFile },
            { label: '导出工程文件…', run: onExportFile },
          ]}
        >
          更多 ▾
        </MenuButton>
      </div>
    </>
  );
}
