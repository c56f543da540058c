export interface NoticeAction {
  label: string;
  run: () => void;
  /** The notice stays after this action (查看改动 leaves 恢复原文 at hand). */
  keepOpen?: boolean;
}

/** Shows a short message to the clerk, optionally with actions (such as 撤销). */
export type Notify = (text: string, actions?: NoticeAction | NoticeAction[]) => void;
