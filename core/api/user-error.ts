/** An error whose message is written for the clerk, in Chinese, and may be shown as it is. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** A save from a window whose text grew from an older revision than the one stored: another window saved in between. */
export class StaleSaveError extends UserError {
  readonly code = 'stale';
}

export function messageOf(error: unknown): string {
  if (error instanceof UserError) return error.message;
  return '操作失败，发生了意外错误。您的内容没有丢失，请重试；如仍失败，请联系技术支持。';
}
