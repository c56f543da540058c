import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/tmp.ts';

/**
 * The README's `npx jianbao …` commands, run as a new user runs them right after `npm install`
 * (which builds): from the project's folder, through npx, in a shell.
 */
const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
const shellBlocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/gu)].map((m) => m[1]!);
const commands = shellBlocks.flatMap((b) => b.split('\n')).map((l) => l.replace(/\s+#.*$/u, '').trim()).filter((l) => l.startsWith('npx jianbao'));
/** The files a command reads (not the one it writes after -o). */
const inputs = (command: string) => command.split(/\s+/u).filter((t, i, all) => /\.\w+$/u.test(t) && all[i - 1] !== '-o');
/** A command a user can type as it stands: no `<placeholder>`, no `[optional]` part, no file of their own to read. */
const literal = commands.filter((c) => !/[<[]/u.test(c) && inputs(c).every((f) => existsSync(join(REPO, f))));

function npx(command: string, data: string) {
  const run = spawnSync('sh', ['-c', command], { cwd: REPO, env: { ...process.env, JIANBAO_DATA_DIR: data }, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('the README\'s command line, as written', () => {
  it('has the built command executable, as npx runs it', () => {
    expect(statSync(join(REPO, 'dist/cli/jianbao.mjs')).mode & 0o111).toBe(0o111);
  });

  it('runs every command that stands as written: help, the list, the demo\'s export', () => {
    expect(literal).toEqual(expect.arrayContaining(['npx jianbao --help', 'npx jianbao issues', 'npx jianbao export seeds/demo-issue.json -o 简报第1期.docx']));
    const data = tempDir();
    const made = join(REPO, '简报第1期.docx');
    try {
      for (const command of literal) {
        const run = npx(command, data.path);
        expect(run.err, command).not.toMatch(/Permission denied|not found|错误/u);
        expect(run.code, `${command}\n${run.err}`).toBe(0);
      }
      expect(npx('npx jianbao --help', data.path).out).toContain('简报工坊命令行');
      expect(readFileSync(made).subarray(0, 2).toString()).toBe('PK');
    } finally {
      rmSync(made, { force: true });
      data.remove();
    }
  });

  it('runs the dump, load and export commands in sequence with a real issue in the place of <id>', () => {
    const data = tempDir();
    const files = ['issue.json', 'out.docx', '送审稿.docx'].map((f) => join(REPO, f));
    try {
      expect(npx('npx jianbao load seeds/demo-issue.json', data.path).code).toBe(0);
      const id = npx('npx jianbao issues', data.path).out.trim().split(/\s+/u)[0]!;
      for (const template of commands.filter((c) => /^npx jianbao (dump|load|export issue\.json)/u.test(c))) {
        const command = template.replace('<id>', id);
        const run = npx(command, data.path);
        expect(run.code, `${command}\n${run.err}`).toBe(0);
      }
      for (const file of files) expect(existsSync(file), file).toBe(true);
    } finally {
      for (const file of files) rmSync(file, { force: true });
      data.remove();
    }
  });
});
