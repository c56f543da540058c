export interface NoticeAction {
  label: string;
  run: () => void;
}

/** Shows a short message to the clerk, optionally with actions (such as 撤销). */
export type Notify = (text: string, actions?: NoticeAction | NoticeAction[]) => void;
