/** `npm run web`: the app in browser mode on 127.0.0.1, for tests and for users who cannot install it. */
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { dataDir } from '../process/data-dir.ts';
import { openService } from '../service/open-service.ts';
import { acquireInstanceLock } from '../process/instance-lock.ts';
import { createBridge } from './http-api.ts';
import { messageOf } from '../../../core/api/user-error.ts';

const staticDir = fileURLToPath(new URL('../../../dist/renderer/', import.meta.url));
if (!existsSync(staticDir)) {
  console.error('找不到界面文件，请先运行 npm run build。');
  process.exit(1);
}

const folder = dataDir();
const port = Number(process.env.PORT ?? 5178);
const token = randomBytes(18).toString('base64url');
const lock = acquireInstanceLock(folder);
if ('holder' in lock) {
  console.error(
    `简报工坊已在运行（进程 ${lock.holder.pid}），同一数据文件夹只能打开一个。请使用已打开的那一个：用它启动时打印的网址（含访问令牌）打开，地址是`,
  );
  if (lock.holder.url) console.log(lock.holder.url);
  process.exit(2);
}

let service: ReturnType<typeof openService>;
try {
  service = openService(folder);
} catch (e) {
  // A busy, damaged-beyond-use or newer database: the clerk reads why, and nothing was changed.
  console.error(`无法启动：${messageOf(e)}`);
  lock.release();
  process.exit(1);
}
const server = createBridge({ handlers: service.handlers, staticDir, token });
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address() as { port: number };
  const url = `http://127.0.0.1:${actual}/?token=${token}`;
  lock.publish(url);
  console.log('简报工坊（浏览器模式）已启动，数据文件夹：' + folder);
  console.log('请在浏览器中打开：');
  console.log(url);
  const stop = () => {
    server.close();
    service.store.close();
    lock.release();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
server.on('error', (e: NodeJS.ErrnoException) => {
  console.error(e.code === 'EADDRINUSE' ? `端口 ${port} 已被占用，请用 PORT=其他端口 npm run web 启动。` : `无法启动：${e.message}`);
  service.store.close();
  lock.release();
  process.exit(1);
});
