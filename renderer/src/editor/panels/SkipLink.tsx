/**
 * 跳到正文: the first Tab stop of the editor screen, hidden until focused, so a keyboard user gets
 * past the toolbar, 大纲 and 报头 in one key. A button, not a link: its target is the editor's
 * selection, not a place in the page.
 */
export function SkipLink({ onSkip }: { onSkip: () => void }) {
  return (
    <button type="button" className="bj-skip-link" onClick={onSkip}>
      跳到正文
    </button>
  );
}
