// electron-builder's beforePack hook (electron-builder.yml): every platform and architecture it
// packs first gets its own better-sqlite3 in dist/native/, so packaging never rebuilds the one in
// node_modules that the command line and the tests load (npmRebuild is off); and sharp's prebuilt
// packages for it must be installed, since they ship as they are.
import builder from 'electron-builder';
import { tsImport } from 'tsx/esm/api';

export default async function beforePack(context) {
  const { prepareElectronSqlite } = await tsImport('./electron-sqlite.ts', import.meta.url);
  const { electronVersion } = await tsImport('./electron-binary.ts', import.meta.url);
  const { missingSharpPackages } = await tsImport('./sharp-packages.ts', import.meta.url);
  const root = context.packager.projectDir;
  const sharpProblem = missingSharpPackages(root, context.electronPlatformName, builder.Arch[context.arch]);
  if (sharpProblem) throw new Error(sharpProblem);
  await prepareElectronSqlite(root, { electron: electronVersion(root), platform: context.electronPlatformName, arch: builder.Arch[context.arch] });
}
