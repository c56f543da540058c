import type { Menu } from 'electron';
import { COMMANDS, isCommandId } from '../../core/api/commands.ts';

/**
 * Greys the menu's commands the page says cannot run now (导出 DOCX on the 期刊列表), as its
 * toolbar does. What the page sends is checked: an unknown id or another shape changes nothing.
 */
export function applyCommandsEnabled(menu: Pick<Menu, 'getMenuItemById'> | null, ids: unknown): void {
  if (!menu || !Array.isArray(ids)) return;
  const enabled = new Set(ids.filter(isCommandId));
  for (const { id } of COMMANDS) {
    const item = menu.getMenuItemById(id);
    if (item) item.enabled = enabled.has(id);
  }
}
