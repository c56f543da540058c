/** A moment as the lists show it: 2025/6/3 14:05:09. */
export const when = (iso: string): string => new Date(iso).toLocaleString('zh-CN', { hour12: false });
