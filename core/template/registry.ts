import songjiang from '../../templates/songjiang-training.json' with { type: 'json' };
import cadreTraining from '../../templates/cadre-training.json' with { type: 'json' };
import workBriefing from '../../templates/work-briefing.json' with { type: 'json' };
import infoReport from '../../templates/info-report.json' with { type: 'json' };
import themeEducation from '../../templates/theme-education.json' with { type: 'json' };
import { Template } from '../model/template.ts';

/** The styles shipped with the app, in the order 新建简报 offers them; validated once when first asked for. */
const RAW: readonly { id: string }[] = [songjiang, cadreTraining, workBriefing, infoReport, themeEducation];
const parsed = new Map<string, Template>();

export const DEFAULT_TEMPLATE_ID = songjiang.id;

/** A built-in style by id, or null. Issues saved before templates travelled with them name one this way. */
export function builtInTemplate(id: string): Template | null {
  const hit = parsed.get(id);
  if (hit) return hit;
  const raw = RAW.find((t) => t.id === id);
  if (!raw) return null;
  const template = Template.parse(raw);
  parsed.set(id, template);
  return template;
}

export function builtInTemplates(): Template[] {
  return RAW.map((t) => builtInTemplate(t.id)!);
}

export function requireBuiltIn(id: string): Template {
  const template = builtInTemplate(id);
  if (!template) throw new Error(`未知的简报式样“${id}”`);
  return template;
}
