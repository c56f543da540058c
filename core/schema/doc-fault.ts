import type { Node as PMNode } from 'prosemirror-model';
import { NODE } from '../model/nodes.ts';
import { issueSchema } from './issue-schema.ts';
import { itemName } from '../model/items.ts';
import { ReviewComments } from '../review/comments.ts';
import { revisionFault } from '../review/paragraph-marks.ts';

/** Deeper than any document the schema allows (doc › section › article › quotation › paragraph › text). */
const MAX_DEPTH = 8;
const MAX_NODES = 200_000;
const MAX_TEXT = 1_000_000;

const NAMES: Record<string, string> = {
  [NODE.doc]: '简报',
  [NODE.section]: '栏目',
  [NODE.article]: '文章',
  [NODE.reflection]: '心得体会',
  [NODE.editorsNote]: '编者按',
  [NODE.figure]: '照片',
  [NODE.title]: '标题',
  [NODE.subtitle]: '副标题',
  [NODE.byline]: '署名',
  [NODE.paragraph]: '段落',
  [NODE.heading]: '小标题',
  [NODE.blockquote]: '引文',
  [NODE.text]: '文字',
};

/** What each container must hold, in the words a clerk knows. */
const SHAPES: Record<string, string> = {
  [NODE.doc]: '简报应由模板的各个栏目组成',
  [NODE.section]: '栏目中只能放文章、心得体会、编者按或照片',
  [NODE.article]: '文章应依次是标题、副标题（可无）、正文、署名',
  [NODE.reflection]: '心得体会应是正文段落，最后是署名',
  [NODE.editorsNote]: '编者按应是正文段落',
  [NODE.blockquote]: '引文中只能有段落',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The JSON's shape, walked without recursion so that no nesting can overflow the stack. */
function shapeFault(value: unknown): string | null {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  let count = 0;
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) return '文档层级过深';
    if (++count > MAX_NODES) return '文档过大';
    if (!isRecord(node) || typeof node.type !== 'string' || node.type.length > 40) return '文档中有无法识别的内容';
    if (node.text !== undefined && (typeof node.text !== 'string' || node.text.length > MAX_TEXT)) return '文档中有无法识别的文字';
    if (node.attrs !== undefined && !isRecord(node.attrs)) return '文档中有无法识别的属性';
    if (node.marks !== undefined && !Array.isArray(node.marks)) return '文档中有无法识别的格式';
    if (node.content === undefined) continue;
    if (!Array.isArray(node.content)) return '文档中有无法识别的内容';
    for (const child of node.content) stack.push({ node: child, depth: depth + 1 });
  }
  return null;
}

function contentFault(doc: PMNode): string | null {
  let fault: string | null = null;
  doc.descendants((node) => {
    if (fault) return false;
    const name = NAMES[node.type.name] ?? node.type.name;
    fault = revisionFault(node);
    if (fault) return false;
    if (node.isTextblock) {
      let marked = false;
      node.forEach((child) => (marked ||= !node.type.allowsMarks(child.marks)));
      if (marked) fault = `${name}中的文字不能带格式`;
      else if (!node.type.validContent(node.content)) fault = `${name}中只能有文字`;
    } else if (!node.type.validContent(node.content)) {
      const at = node.type.name === NODE.section ? String(node.attrs.heading || node.attrs.key) : itemName(node);
      fault = `${at}的结构不对：${SHAPES[node.type.name] ?? `${name}中的内容不合规`}`;
    }
    return !fault;
  });
  return fault;
}

/**
 * The first fault of a stored, loaded or imported document, in Chinese, or null when the editor can
 * hold it: checked against the editor's own schema, so nothing the editor could not show is kept.
 */
export function docFault(value: unknown): string | null {
  const shape = shapeFault(value);
  if (shape) return shape;
  const { attrs } = value as { attrs?: Record<string, unknown> };
  if (attrs?.comments !== undefined && !ReviewComments.safeParse(attrs.comments).success) return '文档中的批注无法识别';
  let doc: PMNode;
  try {
    doc = issueSchema().nodeFromJSON(value);
  } catch (e) {
    const unknown = /Unknown node type: (.+)|There is no mark type (\S+)/u.exec((e as Error).message);
    return unknown ? `未知的内容类型“${unknown[1] ?? unknown[2]}”` : '文档中有无法识别的内容';
  }
  if (doc.type.name !== NODE.doc) return '文档的根节点不是简报';
  if (!doc.type.validContent(doc.content)) return `文档的结构不对：${SHAPES[NODE.doc]}`;
  const fault = contentFault(doc);
  if (fault) return fault;
  try {
    doc.check();
  } catch {
    return '文档中有无法识别的内容';
  }
  return null;
}
