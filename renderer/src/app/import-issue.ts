import { call } from '../api/client.ts';
import { pickTextFile } from './files.ts';

/** 打开工程文件: asks for an issue file and adds it to the store; its id, or null if cancelled. */
export async function importIssueFromPicker(): Promise<string | null> {
  const text = await pickTextFile('.json,application/json');
  return text === null ? null : (await call('importIssueFile', { text })).id;
}
