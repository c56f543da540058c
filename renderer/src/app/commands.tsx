import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { COMMANDS, commandInfo, isCommandId, shortcutText, type CommandId, type CommandInfo } from '../../../core/api/commands.ts';
import type { Notify } from './notices.ts';

/**
 * What a screen (or a panel of it) does for a command while it is shown: run it, or say why it
 * cannot run now. A command no shown part answers cannot run on this screen: it shows disabled, and
 * its shortcut says so instead of doing nothing (or letting the browser print or save the page).
 */
export interface CommandHandler {
  run: () => void;
  /** Why it cannot run right now (`没有可撤销的操作`), or null when it can. */
  disabled?: string | null;
}

export type CommandHandlers = Partial<Record<CommandId, CommandHandler | (() => void)>>;

/** A command as the toolbar and the page's menus show it: its registry entry, whether it can run, and how. */
export interface CommandState extends CommandInfo {
  id: CommandId;
  /** Why it cannot run here and now, or null. */
  disabled: string | null;
  /** Its shortcut as this platform writes it (Ctrl+E, ⌘E), or null. */
  shortcut: string | null;
  run: () => void;
  /** The tooltip: its title, shortcut and, when disabled, why. */
  tooltip: string;
}

const MAC = typeof navigator !== 'undefined' && /Mac/u.test(navigator.platform);
/** Commands whose keys the text handles itself (the editor's undo keeps Word's field-aware behaviour): shown, not bound here. */
const EDITOR_KEYS: ReadonlySet<CommandId> = new Set(['undo', 'redo']);
const NOT_HERE = '在期刊列表中不可用，请先打开一期简报';

interface Layer {
  handlers: CommandHandlers;
}

/** The registry: the layers of handlers the mounted parts registered, newest on top, and who listens for changes. */
class Registry {
  private layers: Layer[] = [];
  private listeners = new Set<() => void>();
  private version = 0;

  add(layer: Layer): () => void {
    this.layers.push(layer);
    this.changed();
    return () => {
      this.layers = this.layers.filter((l) => l !== layer);
      this.changed();
    };
  }

  changed(): void {
    this.version++;
    this.listeners.forEach((l) => l());
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = () => this.version;

  handler(id: CommandId): CommandHandler | null {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const h = this.layers[i]!.handlers[id];
      if (h) return typeof h === 'function' ? { run: h } : h;
    }
    return null;
  }

  state(id: CommandId): CommandState {
    const info = commandInfo(id);
    const handler = this.handler(id);
    const disabled = handler ? (handler.disabled ?? null) : NOT_HERE;
    const shortcut = info.keys ? shortcutText(info.keys, MAC) : null;
    const title = info.title ?? info.label.replace(/…$/u, '');
    return {
      ...info,
      id,
      disabled,
      shortcut,
      run: () => void (handler && !handler.disabled && handler.run()),
      tooltip: `${title}${shortcut ? `（${shortcut}）` : ''}${disabled ? `——${disabled}` : ''}`,
    };
  }
}

const RegistryContext = createContext<Registry | null>(null);

/** Whether a key event is a command's shortcut (`CmdOrCtrl+Shift+E`). */
function matches(keys: string, e: KeyboardEvent): boolean {
  const parts = keys.split('+');
  const key = parts.at(-1)!.toLowerCase();
  const mod = parts.includes('CmdOrCtrl');
  return (
    (mod ? e.ctrlKey || e.metaKey : !e.ctrlKey && !e.metaKey) &&
    e.shiftKey === parts.includes('Shift') &&
    e.altKey === parts.includes('Alt') &&
    e.code.replace(/^Key|^Digit/u, '').toLowerCase() === key
  );
}

const BOUND = COMMANDS.filter((c): c is (typeof COMMANDS)[number] & { keys: string } => 'keys' in c && !EDITOR_KEYS.has(c.id));

/**
 * The app's commands for the page: the keyboard's shortcuts and the desktop app's menu run the
 * handler of the part of the screen that answers them, and the desktop menu greys what cannot run.
 */
export function CommandsProvider({ notify, children }: { notify: Notify; children: ReactNode }) {
  const registry = useMemo(() => new Registry(), []);
  const notifyRef = useRef(notify);
  notifyRef.current = notify;

  useEffect(() => {
    const attempt = (id: CommandId) => {
      const state = registry.state(id);
      if (state.disabled) notifyRef.current(`“${state.label.replace(/…$/u, '')}”现在不能用：${state.disabled}。`);
      else state.run();
    };
    const onKey = (e: KeyboardEvent) => {
      const command = BOUND.find((c) => matches(c.keys, e));
      if (!command) return;
      e.preventDefault();
      attempt(command.id);
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = window.jianbao?.onMenu((command) => isCommandId(command) && attempt(command));
    // The desktop menu shows what can run, as the toolbar does.
    const report = () => window.jianbao?.setCommandsEnabled(COMMANDS.map((c) => c.id).filter((id) => !registry.state(id).disabled));
    const stopReport = registry.subscribe(report);
    report();
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu?.();
      stopReport();
    };
  }, [registry]);

  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

function useRegistry(): Registry {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error('CommandsProvider is missing');
  return registry;
}

/**
 * Registers what this part of the screen does for its commands, while it is mounted. The handlers
 * may change every render (they are read when a command runs); whether each can run is re-read
 * when `disabled` reasons change.
 */
export function useCommands(handlers: CommandHandlers): void {
  const registry = useRegistry();
  const layer = useRef<Layer>({ handlers });
  layer.current.handlers = handlers;
  const reasons = Object.entries(handlers)
    .map(([id, h]) => `${id}:${typeof h === 'function' ? '' : (h?.disabled ?? '')}`)
    .join('|');
  useEffect(() => registry.add(layer.current), [registry]);
  useEffect(() => registry.changed(), [registry, reasons]);
}

/** The commands' states, for the toolbar and the page's menus: re-rendered when what can run changes. */
export function useCommandStates(): (id: CommandId) => CommandState {
  const registry = useRegistry();
  useSyncExternalStore(registry.subscribe, registry.getVersion);
  return useCallback((id: CommandId) => registry.state(id), [registry]);
}
