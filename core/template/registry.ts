import songjiang from '../../templates/songjiang-training.json' with { type: 'json' };
import { Template } from '../model/template.ts';

/** Templates shipped with the app, validated once when first asked for. */
const RAW: Record<string, unknown> = { [songjiang.id]: songjiang };
const parsed = new Map<string, Template>();

export const DEFAULT_TEMPLATE_ID = songjiang.id;

export function templateById(id: string): Template | null {
  const hit = parsed.get(id);
  if (hit) return hit;
  const raw = RAW[id];
  if (!raw) return null;
  const template = Template.parse(raw);
  parsed.set(id, template);
  return template;
}

export function requireTemplate(id: string): Template {
  const template = templateById(id);
  if (!template) throw new Error(`未知的简报模板“${id}”`);
  return template;
}
