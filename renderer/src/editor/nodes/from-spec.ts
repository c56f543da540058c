import type { Attribute, MarkConfig, NodeConfig } from '@tiptap/core';
import type { AttributeSpec, MarkSpec, NodeSpec } from '@tiptap/pm/model';
import { issueSchema } from '../../../../core/schema/issue-schema.ts';

/** What Tiptap may add to an attribute of the core's spec: editing behaviour only (keepOnSplit). */
export type AttributeBehaviour = Record<string, Pick<Attribute, 'keepOnSplit'>>;

const NODE_FIELDS = ['content', 'marks', 'group', 'inline', 'atom', 'selectable', 'draggable', 'code', 'whitespace', 'defining', 'isolating'] as const;
const MARK_FIELDS = ['inclusive', 'excludes', 'group', 'spanning', 'code'] as const;

function pick<T extends object>(spec: T, fields: readonly string[]): Partial<T> {
  return Object.fromEntries(fields.filter((f) => (spec as Record<string, unknown>)[f] !== undefined).map((f) => [f, (spec as Record<string, unknown>)[f]])) as Partial<T>;
}

/**
 * The spec's attributes as Tiptap's: same defaults; neither rendered nor parsed by Tiptap, as the
 * spec's own toDOM and parse rules write and read them.
 */
function attributes(attrs: Readonly<Record<string, AttributeSpec>> | undefined, behaviour: AttributeBehaviour): Record<string, Partial<Attribute>> {
  return Object.fromEntries(
    Object.entries(attrs ?? {}).map(([name, spec]) => [
      name,
      {
        ...('default' in spec ? { default: spec.default } : { isRequired: true }),
        ...(spec.validate ? { validate: spec.validate } : {}),
        rendered: false,
        parseHTML: () => null,
        ...behaviour[name],
      },
    ]),
  );
}

/**
 * A Tiptap node's schema part taken from the core's ProseMirror spec (core/schema/): its content,
 * group, marks, attributes and HTML. The editor's node adds only views, keys and commands, so the
 * editor and the core hold one schema (test/unit/editor-schema.test.ts compares them).
 */
export function nodeSpec(name: string, behaviour: AttributeBehaviour = {}): Partial<NodeConfig> {
  const schema = issueSchema();
  const spec: NodeSpec = schema.nodes[name]!.spec;
  return {
    name,
    ...(pick(spec, NODE_FIELDS) as Partial<NodeConfig>),
    ...(schema.topNodeType.name === name ? { topNode: true } : {}),
    addAttributes: () => attributes(spec.attrs, behaviour),
    ...(spec.parseDOM ? { parseHTML: () => [...spec.parseDOM!] } : {}),
    ...(spec.toDOM ? { renderHTML: ({ node }) => spec.toDOM!(node) } : {}),
  };
}

/** A Tiptap mark's schema part taken from the core's ProseMirror spec, as `nodeSpec` for nodes. */
export function markSpec(name: string): Partial<MarkConfig> {
  const spec: MarkSpec = issueSchema().marks[name]!.spec;
  return {
    name,
    ...(pick(spec, MARK_FIELDS) as Partial<MarkConfig>),
    addAttributes: () => attributes(spec.attrs, {}),
    ...(spec.parseDOM ? { parseHTML: () => [...spec.parseDOM!] } : {}),
    ...(spec.toDOM ? { renderHTML: ({ mark }) => spec.toDOM!(mark, true) } : {}),
  };
}
