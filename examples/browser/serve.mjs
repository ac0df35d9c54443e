// A static server for page.html and the generated client compiled to ES modules (target/client-browser), on the
// ports given. Import specifiers without an extension (as tsc writes them) resolve to the .js file.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const client = join(here, '../../target/client-browser/target/client-ts');

async function file(path) {
  for (const candidate of [path, path + '.js', join(path, 'index.js')]) {
    try {
      if ((await stat(candidate)).isFile()) return candidate;
    } catch { /* next */ }
  }
  return null;
}

export function serve(port) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const path = url.pathname.startsWith('/client/')
      ? await file(normalize(join(client, url.pathname.slice('/client/'.length))))
      : url.pathname === '/' || url.pathname === '/page.html' ? join(here, 'page.html') : null;
    if (!path) {
      res.writeHead(404).end();
      return;
    }
    const type = extname(path) === '.html' ? 'text/html' : 'text/javascript';
    res.writeHead(200, { 'Content-Type': type + '; charset=utf-8' }).end(await readFile(path));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
