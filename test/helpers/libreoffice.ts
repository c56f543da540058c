import { execFileSync } from 'node:child_process';
import { join, parse } from 'node:path';

/**
 * Converts a file with LibreOffice as an office would save it (`pdf`, `docx:MS Word 2007 XML`), into
 * `dir`, and returns the new file's path. `infilter` names how to read it (`HTML (StarWriter)` opens a
 * web page in Writer). A profile of its own, so parallel conversions never share LibreOffice's user folder.
 */
export function convertWithLibreOffice(file: string, target: string, dir: string, infilter?: string): string {
  const reading = infilter ? [`--infilter=${infilter}`] : [];
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...reading, '--convert-to', target, '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  return join(dir, `${parse(file).name}.${target.split(':')[0]}`);
}
