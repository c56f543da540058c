import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../core/api/preload-api.ts';

/**
 * The Chinese application menu. Shortcuts the page handles itself (Ctrl+S, Ctrl+F, Ctrl+H, Ctrl+P,
 * and the editor's Ctrl+Z / Ctrl+Y) are shown but not registered, so a key press runs once.
 */
export function menuTemplate(send: (command: MenuCommand) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  return [
    ...(isMac ? [{ role: 'appMenu' as const, label: '简报工坊' }] : []),
    {
      label: '文件(&F)',
      submenu: [
        item('期刊列表', 'home'),
        item('新建下一期', 'newNextIssue'),
        { type: 'separator' },
        item('打开工程文件…', 'openIssueFile'),
        item('导出工程文件…', 'exportIssueFile'),
        item('导出 DOCX…', 'exportDocx', 'CmdOrCtrl+E'),
        item('导出 PDF…', 'exportPdf', 'CmdOrCtrl+Shift+E'),
        item('送审（导出送审稿）…', 'sendForReview'),
        item('导入审阅稿…', 'importReview'),
        item('导出带修订稿…', 'exportMarked'),
        item('复制为公众号格式…', 'copyWechat'),
        { type: 'separator' },
        item('打印…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        item('保存', 'save', 'CmdOrCtrl+S'),
        item('备份与恢复…', 'backups'),
        { type: 'separator' },
        { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        item('撤销', 'undo', 'CmdOrCtrl+Z'),
        item('恢复', 'redo', 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
        { type: 'separator' },
        item('查找…', 'find', 'CmdOrCtrl+F'),
        item('替换…', 'replace', 'CmdOrCtrl+H'),
      ],
    },
    {
      label: '插入(&I)',
      submenu: [item('文章', 'insertArticle'), item('心得体会', 'insertReflection'), item('照片…', 'insertPhoto')],
    },
    {
      label: '视图(&V)',
      submenu: [
        item('页面视图（打印预览）', 'pageView', 'CmdOrCtrl+Alt+P'),
        { type: 'separator' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { role: 'resetZoom', label: '实际大小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
  ];
}
