import { describe, expect, it, vi } from 'vitest';
import { getSchema } from '@tiptap/core';
import { DOMSerializer, type MarkType, type NodeType, type Schema } from '@tiptap/pm/model';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { issueSchema } from '../../core/schema/issue-schema.ts';
import { requireBuiltIn, DEFAULT_TEMPLATE_ID } from '../../core/template/registry.ts';
import { REPO } from '../helpers/web-server.ts';

/**
 * The editor's schema is the core's: the renderer's Tiptap nodes wrap the core's ProseMirror specs
 * (renderer/src/editor/nodes/), and every stored document is checked against the core's. Tiptap's
 * `getSchema` is what the editor builds its schema with, from the same extensions.
 */
// The editor's modules are a page's: the API client reads the page's address when loaded.
vi.stubGlobal('location', new URL('http://127.0.0.1/'));
const { issueExtensions } = await import('../../renderer/src/editor/extensions.ts');
const noop = () => undefined;
const editorSchema = getSchema(issueExtensions(requireBuiltIn(DEFAULT_TEMPLATE_ID), { onPickPhoto: noop, onDropPhotos: noop }, { onWorking: noop, onFailed: noop } as never, noop));
const coreSchema = issueSchema();

const attrs = (type: NodeType | MarkType) => Object.fromEntries(Object.entries(type.spec.attrs ?? {}).map(([name, a]) => [name, 'default' in a ? a.default : 'required']));

function nodeShape(schema: Schema) {
  return Object.values(schema.nodes).map((t) => ({
    name: t.name,
    content: t.spec.content ?? '',
    group: t.spec.group ?? '',
    attrs: attrs(t),
    marks: t.markSet?.map((m) => m.name) ?? 'all',
    flags: [t.isBlock, t.isTextblock, t.isInline, t.isAtom, t.spec.defining, t.spec.isolating, t.spec.selectable, t.spec.draggable],
    parses: (t.spec.parseDOM ?? []).map((r) => r.tag),
  }));
}

function markShape(schema: Schema) {
  return Object.values(schema.marks).map((t) => ({
    name: t.name,
    attrs: attrs(t),
    inclusive: t.spec.inclusive,
    excludes: Object.values(schema.marks).filter((o) => t.excludes(o)).map((o) => o.name),
    parses: (t.spec.parseDOM ?? []).map((r) => ('tag' in r ? r.tag : r.style)),
  }));
}

describe("the editor's schema", () => {
  it('is the core one: the same nodes and marks in the same order, with the same content, groups, attributes and marks allowed', () => {
    expect(editorSchema.topNodeType.name).toBe(coreSchema.topNodeType.name);
    expect(nodeShape(editorSchema)).toEqual(nodeShape(coreSchema));
    expect(markShape(editorSchema)).toEqual(markShape(coreSchema));
  });

  it('reads and writes the demo issue as the core does, into the same HTML', () => {
    const demo = JSON.parse(readFileSync(join(REPO, 'seeds/demo-issue.json'), 'utf8')) as { doc: unknown };
    const inEditor = editorSchema.nodeFromJSON(demo.doc);
    const inCore = coreSchema.nodeFromJSON(demo.doc);
    expect(inEditor.toJSON()).toEqual(inCore.toJSON());
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const html = (schema: Schema, doc: typeof inCore) => {
      const body = document.createElement('div');
      body.append(DOMSerializer.fromSchema(schema).serializeFragment(doc.content, { document: document as never }) as never);
      return body.innerHTML;
    };
    expect(html(editorSchema, inEditor)).toBe(html(coreSchema, inCore));
    expect(html(coreSchema, inCore)).toMatch(/^<section class="bj-section" data-key="jianxun" data-id="[^"]+"><div contenteditable="false" class="bj-section-heading">【简讯】<\/div>/u);
  });
});
