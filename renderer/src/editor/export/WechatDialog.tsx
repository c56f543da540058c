import { useEffect, useRef, useState } from 'react';
import { call, errorText } from '../../api/client.ts';
import { useDialog } from '../../app/use-dialog.ts';
import { ProblemList } from './ProblemList.tsx';

type State = { kind: 'choosing' } | { kind: 'working' } | { kind: 'done'; what: string; problems: string[] } | { kind: 'failed'; message: string };

interface Props {
  issueId: string;
  /** The article the caret is in, if any: it can be copied alone. */
  current: { id: string; title: string } | null;
  /** Saves what is typed first, so the post has it. */
  beforeCopy: () => Promise<void>;
  onClose: () => void;
}

/** The post's text without its markup, for editors that take plain text only. */
function plainOf(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.body.querySelectorAll('h2, h3, h4, h5, h6, p, figcaption')].map((el) => el.textContent ?? '').join('\n');
}

/**
 * 复制为公众号格式: the whole issue or the article at the caret, put on the clipboard as rich HTML
 * with every style inline and the photos inside, ready to paste into the 公众号 editor.
 */
export function WechatDialog({ issueId, current, beforeCopy, onClose }: Props) {
  const [state, setState] = useState<State>({ kind: 'choosing' });
  const dialog = useDialog(state.kind === 'working' ? null : onClose);
  const closeButton = useRef<HTMLButtonElement>(null);
  // The buttons that were pressed are gone once it is copied: the focus stays in the dialog, so Esc still closes it.
  useEffect(() => {
    if (state.kind === 'done') closeButton.current?.focus();
  }, [state.kind]);

  const copy = async (itemId?: string) => {
    setState({ kind: 'working' });
    try {
      await beforeCopy();
      const post = await call('wechatPost', { id: issueId, ...(itemId ? { itemId } : {}) });
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([post.html], { type: 'text/html' }),
          'text/plain': new Blob([plainOf(post.html)], { type: 'text/plain' }),
        }),
      ]);
      setState({ kind: 'done', what: itemId ? `《${current?.title ?? ''}》` : `整期（${post.titles.length} 篇文章）`, problems: post.problems });
    } catch (e) {
      setState({ kind: 'failed', message: errorText(e) });
    }
  };

  return (
    <div className="bj-modal-backdrop">
      <div className="bj-modal" {...dialog} aria-label="复制为公众号格式">
        <h2>复制为公众号格式</h2>
        {state.kind === 'choosing' && <p>复制后，在公众号编辑器中直接粘贴即可：样式、小标题、署名、图片说明和照片都会保留，目录不带页码。</p>}
        {state.kind === 'working' && (
          <p role="status" className="bj-progress">
            <span className="bj-spinner" />
            正在生成公众号格式…
          </p>
        )}
        {state.kind === 'failed' && <p className="bj-error" role="alert">复制失败：{state.message}</p>}
        {state.kind === 'done' && (
          <>
            <p role="status">已复制{state.what}，可以到公众号编辑器中粘贴（Ctrl+V）。</p>
            {state.problems.length > 0 && <ProblemList problems={state.problems} />}
          </>
        )}
        <div className="bj-modal-actions">
          {(state.kind === 'choosing' || state.kind === 'failed') && (
            <>
              <button type="button" onClick={() => void copy()}>
                复制整期
              </button>
              {current && (
                <button type="button" onClick={() => void copy(current.id)}>
                  只复制《{current.title || '（无标题）'}》
                </button>
              )}
            </>
          )}
          <button ref={closeButton} type="button" onClick={onClose} disabled={state.kind === 'working'}>
            关闭
          </button>
        </div>
      </div>
    </div>
  );
}
