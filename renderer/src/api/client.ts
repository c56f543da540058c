import { contract, type Input, type Method, type Output, type Reply } from '../../../core/api/contract.ts';
import type { JianbaoBridge } from '../../../core/api/preload-api.ts';

declare global {
  interface Window {
    jianbao?: JianbaoBridge;
  }
}

/** A failed call, with a message for the clerk. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** `stale`: a save from a window whose text another window has since changed. */
  constructor(
    message: string,
    readonly code: 'stale' | null = null,
  ) {
    super(message);
  }
}

const token = new URLSearchParams(location.search).get('token');
if (token) history.replaceState(null, '', location.pathname); // the cookie set with the page carries it from now on

/** Browsers refuse a keepalive request with a larger body; a larger one goes as an ordinary request. */
const KEEPALIVE_BYTES = 60 * 1024;

async function overHttp(method: Method, input: unknown, keepalive: boolean): Promise<Reply<unknown>> {
  let response: Response;
  const body = JSON.stringify(input);
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Jianbao-Token': token } : {}) },
      body,
      keepalive: keepalive && body.length <= KEEPALIVE_BYTES && new TextEncoder().encode(body).length <= KEEPALIVE_BYTES,
    });
  } catch {
    return { ok: false, error: '无法连接到简报工坊服务。编辑器中的内容仍在，服务恢复后会自动保存。' };
  }
  if (response.status === 403) return { ok: false, error: '访问令牌已失效，请用启动时打印的新网址重新打开。' };
  return (await response.json()) as Reply<unknown>;
}

/**
 * Calls the Node side: over Electron's IPC when the preload provides it, else over HTTP. The answer
 * is checked against the contract like every request is, so the page never works on a wrong shape.
 * `keepalive`: the request outlives the page (a save as the tab closes), when small enough.
 */
export async function call<M extends Method>(method: M, input: Input<M>, { keepalive = false } = {}): Promise<Output<M>> {
  const reply = window.jianbao ? await window.jianbao.invoke(method, input) : await overHttp(method, input, keepalive);
  if (!reply.ok) throw new ApiError(reply.error, reply.code ?? null);
  const output = contract[method].output.safeParse(reply.value);
  if (!output.success) throw new ApiError('简报工坊服务的回答不完整，操作没有完成。请重试；若一再出现，请重新启动简报工坊。');
  return output.data as Output<M>;
}

export function errorText(error: unknown): string {
  return error instanceof ApiError ? error.message : '操作失败，发生了意外错误。';
}
