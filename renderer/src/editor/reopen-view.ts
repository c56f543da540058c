/** How an issue opened again (after a restore or a reload) is shown: the history at hand, the caret back in the text. */
export interface ReopenView {
  history: boolean;
  /** The item restored, for the caret; null: the start of the text. */
  focusItem: string | null;
  /** A briefing just made: 简报设置 opens to set it up. */
  settings?: boolean;
}
