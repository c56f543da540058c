import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cruise, type IViolation } from 'dependency-cruiser';
import { REPO } from '../helpers/web-server.ts';

/** The house's layers, checked by dependency-cruiser on the real tree and on a tree that breaks them. */
const rules = createRequire(import.meta.url)('./rules.cjs') as { forbidden: unknown[]; options: Record<string, unknown> };

async function violations(baseDir: string, folders: string[]): Promise<string[]> {
  const result = await cruise(folders, { ...rules.options, baseDir, validate: true, ruleSet: { forbidden: rules.forbidden } } as never);
  if (typeof result.output === 'string') throw new Error(result.output);
  return result.output.summary.violations.map((v: IViolation) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('the layers of the house', () => {
  it('hold in core/, renderer/ and electron/', async () => {
    expect(await violations(REPO, ['core', 'renderer', 'electron'])).toEqual([]);
  });

  it('are reported when an import breaks them', async () => {
    const found = await violations(join(REPO, 'test/fixtures/layers'), ['core', 'renderer', 'electron']);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^core-is-plain: core\/reads-files\.ts → (node:)?fs$/u),
        'renderer-is-a-page: renderer/opens-the-store.ts → electron/node/store/store.ts',
        'store-below-services: electron/node/store/store.ts → electron/node/service/service.ts',
        expect.stringMatching(/^only-main-imports-electron: electron\/node\/store\/store\.ts → /u),
        'no-circular: core/circle/gathered.ts → core/circle/handlers.ts',
        expect.stringMatching(/^core-has-no-editor: core\/uses-the-editor\.ts → .*node_modules\/@tiptap\/core\//u),
      ]),
    );
  });
});
