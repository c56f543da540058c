import { describe, expect, it } from 'vitest';
import { win32, posix } from 'node:path';
import { cmapBaseUrl, pdfPages } from '../../electron/node/service/pdf-text.ts';
import { distFile, distFolder, unpackedFile } from '../../electron/node/process/dist-file.ts';
import { electronSqliteFile } from '../../electron/node/process/sqlite-binding.ts';
import { dataDir } from '../../electron/node/process/data-dir.ts';
import { browserCandidates, findChromium } from '../../electron/node/service/chromium-pdf.ts';
import { cmapPdf } from '../helpers/cmap-pdf.ts';

/**
 * The Node side's paths as Windows writes them (path.win32), on any machine: where a clerk's
 * installed app finds its worker, pdf.js's character maps, its database component and its data.
 */
const INSTALLED = 'C:\\Users\\张老师\\AppData\\Local\\Programs\\简报工坊\\resources\\app.asar';
const DIST = win32.join(INSTALLED, 'dist');
const nothingExists = () => false;

describe('the installed app\'s paths on Windows', () => {
  it('finds dist/ inside the archive from the main bundle and from the worker', () => {
    expect(distFolder(win32.join(DIST, 'electron'), win32, nothingExists)).toBe(DIST);
    expect(distFolder(win32.join(DIST, 'workers'), win32, nothingExists)).toBe(DIST);
    expect(distFile('workers/manuscript.cjs', DIST, win32)).toBe(`${INSTALLED}\\dist\\workers\\manuscript.cjs`);
  });

  it('loads its database component unpacked beside the archive', () => {
    const native = distFile(electronSqliteFile('45.4.1', 'win32', 'x64'), DIST, win32)!;
    expect(unpackedFile(native, win32)).toBe(
      'C:\\Users\\张老师\\AppData\\Local\\Programs\\简报工坊\\resources\\app.asar.unpacked\\dist\\native\\better-sqlite3-electron-45.4.1-win32-x64\\better_sqlite3.node',
    );
  });

  it('gives pdf.js a character-map base it accepts: forward slashes, ending in /', () => {
    expect(cmapBaseUrl(DIST, win32)).toBe('C:/Users/张老师/AppData/Local/Programs/简报工坊/resources/app.asar/dist/workers/cmaps/');
    expect(cmapBaseUrl(posix.join('/opt/简报工坊/resources/app.asar', 'dist'), posix)).toBe('/opt/简报工坊/resources/app.asar/dist/workers/cmaps/');
    expect(cmapBaseUrl(null)).toBeNull();
  });

  it('keeps the data in the local, not the roaming, application data (SQLite\'s WAL does not work on a network share)', () => {
    expect(dataDir({ LOCALAPPDATA: 'C:\\Users\\张老师\\AppData\\Local', APPDATA: 'C:\\Users\\张老师\\AppData\\Roaming' }, 'win32')).toBe('C:\\Users\\张老师\\AppData\\Local\\jianbao');
    expect(dataDir({}, 'win32', 'C:\\Users\\张老师')).toBe('C:\\Users\\张老师\\AppData\\Local\\jianbao');
    expect(dataDir({ JIANBAO_DATA_DIR: 'D:\\简报数据' }, 'win32')).toBe('D:\\简报数据');
    expect(dataDir({}, 'darwin', '/Users/zhang')).toBe('/Users/zhang/Library/Application Support/jianbao');
    expect(dataDir({ XDG_CONFIG_HOME: '/home/zhang/.config' }, 'linux')).toBe('/home/zhang/.config/jianbao');
  });
});

describe('a Chinese PDF that needs pdf.js\'s character maps', () => {
  const pdf = cmapPdf(['学习贯彻党的二十大精神', '开班式在区委党校举行']);
  const text = async (cmaps: string | null) => (await pdfPages('来稿.pdf', pdf, cmaps)).flatMap((p) => p.items.map((i) => i.text));

  it('reads with the base this machine\'s build gives, as the installed app on Windows gives its own', async () => {
    expect(await text(cmapBaseUrl())).toEqual(['学习贯彻党的二十大精神', '开班式在区委党校举行']);
  });

  it('is refused as a broken PDF when the base ends in \\ (what path.join gave on Windows): the bug this guards', async () => {
    const joined = `${win32.join(DIST, 'workers/cmaps/')}`;
    expect(joined.endsWith('\\')).toBe(true);
    await expect(text(joined)).rejects.toThrow('“来稿.pdf”不是有效的 PDF 文件，可能已损坏。');
    // Windows' own base, in the form pdf.js wants, passes its check (the folder is not on this machine: no text).
    await expect(text(cmapBaseUrl(DIST, win32))).rejects.toThrow('没有可以读取的文字');
  });
});

describe('the browser that prints PDFs in browser mode and on the command line', () => {
  it('is looked for where Chrome and Edge install on Windows, for all users and for one', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\张老师\\AppData\\Local' };
    const found = browserCandidates('win32', env, 'C:\\Users\\张老师');
    for (const path of [
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Users\\张老师\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    ])
      expect(found, path).toContain(path);
    // Edge, which every Windows 10 and 11 has, is found when no Chrome is.
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium('win32', env, (p) => p === edge)).toBe(edge);
  });

  it('is looked for in /Applications and ~/Applications on macOS, and where Linux packages put it', () => {
    expect(browserCandidates('darwin', {}, '/Users/zhang')).toEqual(
      expect.arrayContaining([
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
        '/Users/zhang/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ]),
    );
    expect(browserCandidates('linux', {}, '/home/zhang')).toEqual(expect.arrayContaining(['/usr/bin/chromium', '/usr/bin/google-chrome-stable', '/snap/bin/chromium']));
    expect(findChromium('linux', {}, () => false)).toBeNull();
    expect(findChromium('linux', { JIANBAO_CHROMIUM: '/opt/browser/chrome' }, (p) => p === '/opt/browser/chrome')).toBe('/opt/browser/chrome');
  });
});
