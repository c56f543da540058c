import { contract, isMethod, type Method, type Reply } from '../../../core/api/contract.ts';
import { MAX_PAYLOAD_DEPTH, nestsDeeperThan } from '../../../core/api/json-depth.ts';
import { messageOf, StaleSaveError, UserError } from '../../../core/api/user-error.ts';
import type { Handlers } from '../../../core/api/contract.ts';
import { errorCode } from '../store/open-error.ts';

const BAD_PAYLOAD = '请求的数据格式不正确，操作未执行。';

/** A call that passed the contract: a known method and its validated input. */
export interface CheckedCall {
  method: Method;
  input: unknown;
}

/**
 * Checks a call against the contract before any handler sees it: the method, then how deep the
 * payload nests (the schemas recurse, so a deep one must not reach them), then the payload.
 * Never throws: a payload no schema can read is refused like any other bad one.
 */
export function checkCall(method: unknown, payload: unknown): CheckedCall | { error: string } {
  if (!isMethod(method)) return { error: '未知的操作。' };
  if (nestsDeeperThan(payload, MAX_PAYLOAD_DEPTH)) return { error: BAD_PAYLOAD };
  try {
    const input = contract[method].input.safeParse(payload ?? {});
    return input.success ? { method, input: input.data } : { error: BAD_PAYLOAD };
  } catch {
    return { error: BAD_PAYLOAD };
  }
}

/** The single entry for both transports (IPC and HTTP): a checked call run, or why it was refused. */
export async function dispatch(handlers: Handlers, method: unknown, payload: unknown): Promise<Reply<unknown>> {
  const call = checkCall(method, payload);
  return 'error' in call ? { ok: false, error: call.error } : runCall(handlers, call);
}

/** Runs a checked call: its value, or a message for the clerk. */
export async function runCall(handlers: Handlers, { method, input }: CheckedCall): Promise<Reply<unknown>> {
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(input) };
  } catch (error) {
    if (isReadOnly(error)) return { ok: false, error: '数据库现在只能读取，修改没有保存。编辑器中的内容仍在，可以导出；请检查数据文件夹的写入权限后重新启动简报工坊。' };
    if (isDiskFull(error)) return { ok: false, error: '磁盘空间已满，未能保存。编辑器中的内容仍在，请腾出空间后再试。' };
    const message = messageOf(error);
    if (error instanceof StaleSaveError) return { ok: false, error: message, code: error.code };
    if (!(error instanceof UserError)) console.error(error);
    return { ok: false, error: message };
  }
}

function isDiskFull(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}

function isReadOnly(error: unknown): boolean {
  return errorCode(error).startsWith('SQLITE_READONLY');
}
