/**
 * Every command of the app, once: its id, its Chinese name, its shortcut as Word and WPS have it,
 * and what its tooltip says. The desktop menu (electron/main/menu-template.ts), the toolbar and the
 * page's own menus (renderer) and the keyboard are all built from this list, as VS Code's actions
 * are; what a command does, and whether it can run now, is the screen's (renderer/src/app/commands.tsx).
 */
export interface CommandInfo {
  id: string;
  /** As menus show it: `导出 DOCX…` (an ellipsis where a dialog follows). */
  label: string;
  /** Electron's accelerator: `CmdOrCtrl+E`. The page handles each one itself, so it runs once. */
  keys?: string;
  /** The tooltip: what it does, beyond its name. */
  title?: string;
  /** The toolbar's shorter name, where the menu's would not do on a button (`插入照片`). Else the label without its ellipsis. */
  button?: string;
}

export const COMMANDS = [
  { id: 'home', label: '期刊列表', title: '返回期刊列表' },
  { id: 'newNextIssue', label: '新建下一期', title: '以本期为底稿新建下一期' },
  { id: 'openIssueFile', label: '打开工程文件…', title: '打开一个工程文件（.json），加入期刊列表' },
  { id: 'exportIssueFile', label: '导出工程文件…', title: '导出工程文件（.json，含照片）' },
  { id: 'pageView', label: '页面视图', keys: 'CmdOrCtrl+Alt+P', title: '按打印的样子逐页查看，与导出的 DOCX、PDF 分页相同' },
  { id: 'print', label: '打印…', keys: 'CmdOrCtrl+P', title: '打印，分页与导出的 DOCX、PDF 相同' },
  { id: 'exportDocx', label: '导出 DOCX…', keys: 'CmdOrCtrl+E', title: '导出可打印的 DOCX' },
  { id: 'exportPdf', label: '导出 PDF…', keys: 'CmdOrCtrl+Shift+E', title: '导出 PDF，分页与 DOCX 相同' },
  { id: 'sendForReview', label: '送审（导出送审稿）…', title: '把此时的内容记为“送审稿”历史版本，并导出送审稿 DOCX，供领导在 Word、WPS 中修订、批注' },
  { id: 'importReview', label: '导入审阅稿…', title: '导入领导发回的审阅稿' },
  { id: 'exportMarked', label: '导出带修订稿…', title: '未处理的修订和批注写成 Word 的“修订”和“批注”' },
  { id: 'copyWechat', label: '复制为公众号格式…', title: '复制整期或当前这篇，粘贴到公众号编辑器' },
  { id: 'save', label: '保存', keys: 'CmdOrCtrl+S', title: '立即保存（平时也会自动保存）' },
  { id: 'backups', label: '备份与恢复…', title: '立即备份，或从备份中恢复简报' },
  { id: 'undo', label: '撤销', keys: 'CmdOrCtrl+Z' },
  { id: 'redo', label: '恢复', keys: 'CmdOrCtrl+Y' },
  { id: 'find', label: '查找…', keys: 'CmdOrCtrl+F' },
  { id: 'replace', label: '替换…', keys: 'CmdOrCtrl+H' },
  { id: 'insertArticle', label: '文章', title: '在光标所在栏目末尾插入一篇文章' },
  { id: 'insertReflection', label: '心得体会', title: '在光标所在的（或第一个）放心得体会的栏目末尾插入一篇心得体会' },
  { id: 'insertPhoto', label: '照片…', title: '从文件插入照片，可一次选多张', button: '插入照片' },
  { id: 'review', label: '审阅', title: '导入领导发回的审阅稿，逐处接受或拒绝修订，回复、解决批注' },
  { id: 'history', label: '历史版本', title: '查看、比较和恢复此期的历史版本，命名当前版本' },
  { id: 'proofread', label: '校对', title: '规范表述、标点数字、错别字、署名' },
  { id: 'issueSettings', label: '简报设置…', title: '简报名称、报头、栏目及各栏目放什么、另起一页、目录、报送范围：本期和以后各期都照此' },
] as const satisfies readonly CommandInfo[];

export type CommandId = (typeof COMMANDS)[number]['id'];

const BY_ID = new Map<string, CommandInfo>(COMMANDS.map((c) => [c.id, c]));

export function commandInfo(id: CommandId): CommandInfo {
  return BY_ID.get(id)!;
}

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && BY_ID.has(value);
}

/** The desktop app's menus: commands by id, '-' a separator. Electron's own roles (复制, 全屏…) are the shell's. */
export const MENUS: { label: string; items: (CommandId | '-')[] }[] = [
  {
    label: '文件(&F)',
    items: ['home', 'newNextIssue', '-', 'openIssueFile', 'exportIssueFile', 'exportDocx', 'exportPdf', 'sendForReview', 'importReview', 'exportMarked', 'copyWechat', '-', 'print', '-', 'save', 'backups'],
  },
  { label: '编辑(&E)', items: ['undo', 'redo', '-', 'find', 'replace'] },
  { label: '插入(&I)', items: ['insertArticle', 'insertReflection', 'insertPhoto'] },
  { label: '视图(&V)', items: ['pageView', '-', 'review', 'history', 'proofread'] },
  { label: '设置(&S)', items: ['issueSettings'] },
];

/** The shortcut as the toolbar's tooltips and the page's menus show it on this platform: Ctrl+Shift+E, or ⌘⇧E on a Mac. */
export function shortcutText(keys: string, mac: boolean): string {
  return keys
    .split('+')
    .map((k) => (k === 'CmdOrCtrl' ? (mac ? '⌘' : 'Ctrl') : k === 'Shift' && mac ? '⇧' : k === 'Alt' && mac ? '⌥' : k))
    .join(mac ? '' : '+');
}
