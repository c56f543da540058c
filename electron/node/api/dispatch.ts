import { contract, isMethod, type Reply } from '../../../core/api/contract.ts';
import { messageOf } from '../../../core/api/user-error.ts';
import type { Handlers } from '../service/service.ts';

/**
 * The single entry for both transports (IPC and HTTP): checks the method and validates the
 * payload against the contract before any handler sees it.
 */
export async function dispatch(handlers: Handlers, method: unknown, payload: unknown): Promise<Reply<unknown>> {
  if (!isMethod(method)) return { ok: false, error: '未知的操作。' };
  const input = contract[method].input.safeParse(payload ?? {});
  if (!input.success) return { ok: false, error: '请求的数据格式不正确，操作未执行。' };
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(input.data) };
  } catch (error) {
    if (isDiskFull(error)) return { ok: false, error: '磁盘空间已满，未能保存。编辑器中的内容仍在，请腾出空间后再试。' };
    const message = messageOf(error);
    if (!(error instanceof Error && error.name === 'UserError')) console.error(error);
    return { ok: false, error: message };
  }
}

function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}
