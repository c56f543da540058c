import { ApiError, call, errorText } from '../api/client.ts';
import type { IssueContent } from '../../../core/model/issue.ts';

export type SaveStatus =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  /** Another window saved this issue since this one loaded it: nothing more is saved until the clerk chooses. */
  | { kind: 'stale' };

const PAUSE_MS = 400;
/** However fast the clerk types, nothing waits longer than this to be saved. */
const MAX_WAIT_MS = 1000;
const RETRY_MS = 3000;

/**
 * Saves after each pause in typing and at least every second while typing goes on. The
 * document is read only when a save starts, off the keystroke path; a failed save is retried
 * and the edits stay in the editor.
 */
export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstChange = 0;
  private inFlight: Promise<void> | null = null;
  private dirty = false;
  private status: SaveStatus = { kind: 'saved', at: null };
  private readonly listeners = new Set<() => void>();

  /**
   * `revision`: the stored revision the page's text grew from. Each save names it, so that a save
   * from a window another window has overtaken is refused and `onStale` called, never written over.
   */
  constructor(
    private readonly issueId: string,
    private readonly read: () => IssueContent,
    private revision: number,
    private readonly onStale: () => void,
  ) {}

  /** The stored revision the page's text grew from, for a change made on the Node side (简报设置). */
  get baseRevision(): number {
    return this.revision;
  }

  /** For useSyncExternalStore: only the status bar listens, so saving never re-renders the editor. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getStatus = (): SaveStatus => this.status;

  private report(status: SaveStatus): void {
    if (status.kind === this.status.kind && status.kind === 'pending') return;
    this.status = status;
    this.listeners.forEach((l) => l());
  }

  changed(): void {
    if (this.status.kind === 'stale') return; // the clerk chooses first; the text stays in the editor
    const now = Date.now();
    if (!this.dirty) this.firstChange = now;
    this.dirty = true;
    this.report({ kind: 'pending' });
    if (this.timer) clearTimeout(this.timer);
    const wait = Math.min(PAUSE_MS, Math.max(0, this.firstChange + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  /** Saves now (Ctrl+S, leaving the issue); resolves when what was typed is stored. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.inFlight) await this.inFlight;
    if (!this.dirty || this.status.kind === 'stale') return;
    this.dirty = false;
    this.report({ kind: 'saving' });
    // keepalive: a save started as the tab closes still arrives.
    this.inFlight = call('saveIssue', { id: this.issueId, content: this.read(), baseRevision: this.revision }, { keepalive: true })
      .then(({ revision }) => {
        this.revision = revision;
        this.report(this.dirty ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
      })
      .catch((error: unknown) => {
        this.dirty = true;
        if (error instanceof ApiError && error.code === 'stale') {
          this.report({ kind: 'stale' });
          this.onStale();
          return;
        }
        this.report({ kind: 'failed', message: errorText(error) });
        this.timer = setTimeout(() => void this.flush(), RETRY_MS);
      })
      .finally(() => {
        this.inFlight = null;
      });
    await this.inFlight;
  }

  get hasUnsaved(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
