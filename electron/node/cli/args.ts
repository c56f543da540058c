import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../../core/api/user-error.ts';

export function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** The first argument that is neither an option nor an option's value. */
export function operand(args: string[]): string | undefined {
  return args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-o');
}

export function readText(file: string): string {
  try {
    return readFileSync(resolve(file), 'utf8');
  } catch {
    throw new UserError(`无法读取文件“${file}”。`);
  }
}
