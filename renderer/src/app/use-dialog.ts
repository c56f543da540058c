import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.matches(':disabled') && el.tabIndex >= 0);
}

/**
 * A modal dialog as WAI-ARIA APG has it: focus moves in when it opens, Tab and Shift+Tab stay
 * inside, Esc closes (unless `onClose` is null, as while an export runs), and focus goes back to
 * what opened it — unless closing already put it somewhere, as a dialog opened on the text gives it
 * back to the text. Both happen in the same commit as the close, so a key pressed right after Esc
 * lands where the clerk expects and is never lost. Spread the result on the dialog's element; it
 * still needs its own label.
 */
export function useDialog(onClose: (() => void) | null) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current!;
    // As the APG has it for a long dialog: when its first control is out of view, the dialog itself
    // takes focus, so it opens at its beginning (Tab goes on to the control).
    const first = focusables(dialog)[0];
    const inView = first && first.getBoundingClientRect().bottom <= dialog.getBoundingClientRect().bottom;
    (inView ? first : dialog).focus({ preventScroll: true });
    return () => {
      const at = document.activeElement;
      const placed = at !== null && at !== document.body && !dialog.contains(at);
      if (!placed && opener?.isConnected) opener.focus();
    };
  }, []);
  return {
    ref,
    role: 'dialog' as const,
    'aria-modal': true,
    // Focusable itself, for a dialog whose only button is disabled for now.
    tabIndex: -1,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Escape' && onClose) {
        e.preventDefault();
        e.stopPropagation();
        onClose();
        return;
      }
      if (e.key !== 'Tab') return;
      const list = focusables(ref.current!);
      const first = list[0];
      const last = list.at(-1);
      const at = document.activeElement;
      if (!first || !last) e.preventDefault();
      else if (e.shiftKey && (at === first || at === ref.current)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && at === last) {
        e.preventDefault();
        first.focus();
      }
    },
  };
}
