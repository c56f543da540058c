/** The one line `npm start` prints when the desktop app cannot start. */
export function desktopProblem(reason: string): string {
  return `简报工坊桌面版无法启动：${reason}。可改用浏览器模式：npm run web`;
}
