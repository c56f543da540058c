import type { MenuItemConstructorOptions } from 'electron';
import { commandInfo, MENUS, type CommandId } from '../../core/api/commands.ts';

/**
 * The Chinese application menu, built from the app's command registry (core/api/commands.ts): each
 * command an item named by its id (so main can grey what the page says cannot run), its shortcut
 * shown but not registered, since the page handles every shortcut itself and a key press runs once.
 * Electron's own roles (剪切, 复制, 粘贴, 全选, zoom, 全屏, 退出) are the shell's.
 */
export function menuTemplate(send: (command: CommandId) => void, isMac: boolean): MenuItemConstructorOptions[] {
  const item = (id: CommandId): MenuItemConstructorOptions => {
    const info = commandInfo(id);
    return {
      id,
      label: info.label,
      click: () => send(id),
      ...(info.keys ? { accelerator: info.keys, registerAccelerator: false } : {}),
    };
  };
  const items = (ids: (CommandId | '-')[]): MenuItemConstructorOptions[] => ids.map((id) => (id === '-' ? { type: 'separator' as const } : item(id)));
  const [file, edit, insert, view, ...rest] = MENUS;
  return [
    ...(isMac ? [{ role: 'appMenu' as const, label: '简报工坊' }] : []),
    { label: file!.label, submenu: [...items(file!.items), { type: 'separator' }, { role: 'quit', label: '退出' }] },
    {
      label: edit!.label,
      submenu: [
        ...items(edit!.items.slice(0, 2)),
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
        ...items(edit!.items.slice(2)),
      ],
    },
    { label: insert!.label, submenu: items(insert!.items) },
    {
      label: view!.label,
      submenu: [
        ...items(view!.items),
        { type: 'separator' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { role: 'resetZoom', label: '实际大小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    ...rest.map((menu) => ({ label: menu.label, submenu: items(menu.items) })),
  ];
}
