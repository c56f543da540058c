import { useEffect, useMemo } from 'react';
import type { Editor } from '@tiptap/core';

/** How long typing pauses before the document counts as settled. */
const SETTLE_MS = 250;

/**
 * One "the document has settled" signal for an editor: what is read from the whole document (the
 * outline and its layout, the review list, the proofreader) is recomputed once typing pauses, from
 * one timer, instead of each on its own; and once after the editor is first painted.
 */
export class Settled {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly editor: Editor) {
    editor.on('update', this.schedule);
    // The first reading waits for the editor to be painted: the clerk sees the issue sooner.
    this.timer = setTimeout(this.fire, 0);
  }

  private readonly schedule = () => {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(this.fire, SETTLE_MS);
  };

  private readonly fire = () => {
    this.timer = null;
    this.listeners.forEach((l) => l());
  };

  /** Calls `listener` each time the document settles; returns its removal. */
  on(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads again now, as after a change the clerk did not type (a decision, a fix). */
  now(): void {
    if (this.timer) clearTimeout(this.timer);
    this.fire();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.editor.off('update', this.schedule);
    this.listeners.clear();
  }
}

/** The settled signal of an editor, while it lives. */
export function useSettled(editor: Editor | null): Settled | null {
  const settled = useMemo(() => (editor ? new Settled(editor) : null), [editor]);
  useEffect(() => () => settled?.dispose(), [settled]);
  return settled;
}
