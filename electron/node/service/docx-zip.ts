import { unzipSync, type Unzipped, type UnzipFileInfo } from 'fflate';
import { UserError } from '../../../core/api/user-error.ts';
import { XML_DTD } from '../../../core/model/xml-chars.ts';

/** What a contributor's .docx may hold. An essay's XML is a few hundred KB; these leave room for a long, richly formatted one. */
export const DOCX_LIMITS = {
  entries: 2000,
  /** The declared size of any one entry, unpacked. */
  entryBytes: 64 * 1024 * 1024,
  /** Unpacked over compressed: Word's XML packs about 10 to 1; a bomb, a thousand to 1. */
  ratio: 100,
  /** Below this size any ratio is harmless. */
  ratioFloorBytes: 1024 * 1024,
  /** All XML parts together, unpacked: what the reader parses and holds in memory. */
  textBytes: 4 * 1024 * 1024,
  /** All pictures together, unpacked: a report's photos are a few MB each; past this the rest are left out, and said so. */
  pictureBytes: 80 * 1024 * 1024,
};

const MB = 1024 * 1024;
const isText = (entry: string) => /\.(xml|rels)$/iu.test(entry);
/** Pictures the document shows: its media folder, or an image named as one anywhere in the package. */
const isPicture = (entry: string) => /^word\/media\//iu.test(entry) || /\.(png|jpe?g|gif|bmp|webp|tiff?|emf|wmf)$/iu.test(entry);

export interface CheckedDocx {
  parts: Unzipped;
  /** Pictures left out past the picture budget. */
  picturesLeftOut: number;
}

/**
 * A .docx checked from its zip directory before anything is unpacked: entries beyond the limits
 * in number, size or compression ratio refuse the file with a message naming it. Only the XML
 * parts and (with `pictures`) the pictures are unpacked, each into a buffer of its declared size (so
 * a directory that lies cannot make one larger); pictures past their budget are left packed.
 */
export function checkedDocx(name: string, bytes: Uint8Array, { pictures = false } = {}): CheckedDocx {
  let count = 0;
  let text = 0;
  let pictureTotal = 0;
  let picturesLeftOut = 0;
  const check = (entry: UnzipFileInfo): boolean => {
    if (++count > DOCX_LIMITS.entries) throw new UserError(`“${name}”包含的文件过多（超过 ${DOCX_LIMITS.entries} 个），不像一篇稿件，未导入。`);
    if (entry.originalSize > DOCX_LIMITS.entryBytes)
      throw new UserError(`“${name}”中的“${entry.name}”解压后有 ${Math.round(entry.originalSize / MB)} MB，远超一篇稿件的大小，可能是恶意构造的文件，未导入。`);
    const ratio = entry.originalSize / Math.max(1, entry.size);
    if (entry.originalSize > DOCX_LIMITS.ratioFloorBytes && ratio > DOCX_LIMITS.ratio)
      throw new UserError(`“${name}”中的“${entry.name}”压缩比异常（${Math.round(ratio)} 倍），可能是“压缩炸弹”，未导入。`);
    if (isText(entry.name)) {
      text += entry.originalSize;
      if (text > DOCX_LIMITS.textBytes)
        throw new UserError(`“${name}”的文字部分解压后超过 ${DOCX_LIMITS.textBytes / MB} MB，远超一篇稿件的篇幅，未导入。请拆分后再导入。`);
      return true;
    }
    if (!pictures || !isPicture(entry.name)) return false;
    if (pictureTotal + entry.originalSize > DOCX_LIMITS.pictureBytes) {
      picturesLeftOut++;
      return false;
    }
    pictureTotal += entry.originalSize;
    return true;
  };
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, { filter: check });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`“${name}”不是有效的 .docx 文件，可能已损坏。`);
  }
  for (const [path, part] of Object.entries(parts))
    if (isText(path) && XML_DTD.test(Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('latin1')))
      throw new UserError(`“${name}”含有 Word 文件不会有的文档类型声明（DTD），可能是恶意构造的文件，未导入。`);
  return { parts, picturesLeftOut };
}
