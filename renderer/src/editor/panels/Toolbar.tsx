import type { ReactNode } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { NODE, HEADING_LEVELS, type HeadingLevel } from '../../../../core/model/nodes.ts';
import { useRovingFocus } from '../../app/use-roving-focus.ts';
import { MenuButton } from '../../app/MenuButton.tsx';
import { useCommandStates, type CommandState } from '../../app/commands.tsx';
import type { CommandId } from '../../../../core/api/commands.ts';
import { SkipLink } from './SkipLink.tsx';

interface Props {
  editor: Editor;
  /** Open suggestions and comments, shown on the 审阅 button. */
  reviewCount: number;
  /** 修订模式 is on. */
  suggesting: boolean;
  proofCount: number;
}

const LEVEL_NAMES: Record<HeadingLevel, string> = { 1: '一级标题 一、', 2: '二级标题 （一）', 3: '三级标题 1.', 4: '四级标题 （1）' };

function blockValue(editor: Editor): string {
  for (const level of HEADING_LEVELS) if (editor.isActive(NODE.heading, { level })) return `h${level}`;
  return editor.isActive(NODE.paragraph) ? 'p' : '';
}

/** A command's button: its toolbar name (or `children`), its tooltip with shortcut, greyed with the reason when it cannot run. */
function CommandButton({ state, children }: { state: CommandState; children?: ReactNode }) {
  return (
    <button type="button" onClick={state.run} disabled={state.disabled !== null} title={state.tooltip}>
      {children ?? state.button ?? state.label.replace(/…$/u, '')}
    </button>
  );
}

/** Commands under 更多: the rarer ones, so the row fits a 1280-pixel screen. */
const MORE: CommandId[] = ['replace', 'sendForReview', 'copyWechat', 'openIssueFile', 'exportIssueFile', 'issueSettings'];

/**
 * 工具栏: the commands of Word's 开始 tab that a briefing needs, with their shortcuts, on one row
 * down to a 1280-pixel screen: the rarer ones are under 更多. The app's commands come from the
 * registry (core/api/commands.ts), as the menu's do; the formatting ones are the editor's. One Tab
 * stop, arrows inside.
 */
export function Toolbar({ editor, reviewCount, suggesting, proofCount }: Props) {
  const command = useCommandStates();
  const button = (id: CommandId, children?: ReactNode) => <CommandButton state={command(id)}>{children}</CommandButton>;
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
        {button('home')}
        {button('newNextIssue')}
        {button('pageView')}
        {button('print')}
        {button('exportDocx')}
        {button('exportPdf')}
        {button('review', `审阅${reviewCount ? `（${reviewCount}）` : ''}${suggesting ? '·修订中' : ''}`)}
        {button('history')}
        <span className="bj-sep" />
        <button type="button" onClick={() => chain().undo().run()} disabled={!shown.canUndo} title={command('undo').tooltip}>撤销</button>
        <button type="button" onClick={() => chain().redo().run()} disabled={!shown.canRedo} title={command('redo').tooltip}>恢复</button>
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
        {button('insertPhoto')}
        <span className="bj-sep" />
        {button('find')}
        {button('proofread', `校对（${proofCount}）`)}
        <MenuButton
          menuLabel="更多命令"
          title="更多命令：替换、送审、复制为公众号格式、工程文件"
          entries={MORE.map((id) => {
            const state = command(id);
            return { label: state.label, run: state.run, disabledBecause: state.disabled, keys: state.shortcut ?? undefined };
          })}
        >
          更多 ▾
        </MenuButton>
      </div>
    </>
  );
}
