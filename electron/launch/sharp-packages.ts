import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * sharp's prebuilt packages for the platform being packed: npm installs only the machine's own
 * (they are optional dependencies), and a package without them would start and then fail on the
 * first photo. Null when they are there; else what to run, in Chinese.
 */
export function missingSharpPackages(root: string, platform: NodeJS.Platform, arch: string): string | null {
  // On Windows libvips is inside sharp's own package; elsewhere it is a package of its own.
  const needed = [`@img/sharp-${platform}-${arch}`, ...(platform === 'win32' ? [] : [`@img/sharp-libvips-${platform}-${arch}`])];
  const missing = needed.filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));
  if (!missing.length) return null;
  return `缺少照片处理组件 ${missing.join('、')}，无法为 ${platform}-${arch} 打包：请先运行 npm install --os=${platform} --cpu=${arch} sharp`;
}
