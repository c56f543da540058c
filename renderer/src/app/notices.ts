export interface NoticeAction {
  label: string;
  run: () => void;
}

/** Shows a short message to the clerk, optionally with one action (such as 撤销). */
export type Notify = (text: string, action?: NoticeAction) => void;
