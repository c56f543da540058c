import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, parse } from 'node:path';

/**
 * The locale setting of a Chinese office's LibreOffice. It decides the script of "weak" characters
 * that open a paragraph (`”`, `“`, `•`): LibreOffice gives them the script of its locale, so under
 * en-US a paragraph starting `”“希望…` sets the quotes in Times New Roman and fits one more character
 * than Word, WPS and a Chinese LibreOffice print (they set them full width, as the runs' `w:hint`
 * says). The briefing is printed in Chinese offices, so tests render as one does.
 */
const CHINESE_OFFICE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>zh-CN</value></prop></item>
</oor:items>
`;

/**
 * Converts a file with LibreOffice as an office would save it (`pdf`, `docx:MS Word 2007 XML`), into
 * `dir`, and returns the new file's path. `infilter` names how to read it (`HTML (StarWriter)` opens a
 * web page in Writer). A profile of its own, so parallel conversions never share LibreOffice's user folder.
 */
export function convertWithLibreOffice(file: string, target: string, dir: string, infilter?: string): string {
  const reading = infilter ? [`--infilter=${infilter}`] : [];
  mkdirSync(join(dir, 'profile/user'), { recursive: true });
  writeFileSync(join(dir, 'profile/user/registrymodifications.xcu'), CHINESE_OFFICE);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...reading, '--convert-to', target, '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  return join(dir, `${parse(file).name}.${target.split(':')[0]}`);
}
