import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { SCHEMA_EXTENSIONS } from './schema-extensions.ts';

let schema: Schema | null = null;

/** The ProseMirror schema of the issue document, made from the same extensions as the editor's. */
export function issueSchema(): Schema {
  schema ??= getSchema([...SCHEMA_EXTENSIONS]);
  return schema;
}
