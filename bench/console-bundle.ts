// Size of the web console's production bundle (dist/ui, built by `npm run build`): every file's
// bytes as served, gzip and brotli (what a browser that accepts them would transfer if a proxy
// in front compresses; the operator itself serves files as they are), and what the first load
// of /ui/ fetches: index.html plus the scripts and stylesheets it names. Not wired into anything.
//   node bench/console-bundle.ts [--dir dist/ui]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist/ui' } } });
const dir = values.dir;

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizes = (data: Buffer) => ({
  raw: data.length,
  gzip: gzipSync(data, { level: 9 }).length,
  brotli: brotliCompressSync(data).length,
});

const rows = files(dir)
  .map((path) => ({ file: relative(dir, path), ...sizes(readFileSync(path)) }))
  .sort((a, b) => b.raw - a.raw);
const index = readFileSync(join(dir, 'index.html'), 'utf8');
const firstLoad = new Set(
  ['index.html', ...[...index.matchAll(/(?:src|href)="\/ui\/([^"]+)"/g)].map((m) => m[1] ?? '')].filter(
    Boolean,
  ),
);
const sum = (list: typeof rows, key: 'raw' | 'gzip' | 'brotli') => list.reduce((n, r) => n + r[key], 0);
const loaded = rows.filter((r) => firstLoad.has(r.file));

console.log(`console bundle in ${dir}`);
console.log(['file'.padEnd(44), 'raw'.padStart(11), 'gzip'.padStart(11), 'brotli'.padStart(11)].join(' '));
for (const r of rows)
  console.log(
    [
      `${r.file}${firstLoad.has(r.file) ? ' *' : ''}`.padEnd(44),
      kib(r.raw).padStart(11),
      kib(r.gzip).padStart(11),
      kib(r.brotli).padStart(11),
    ].join(' '),
  );
for (const [label, list] of [
  ['first load of /ui/ (*)', loaded],
  ['all files', rows],
] as const)
  console.log(
    [
      label.padEnd(44),
      kib(sum(list, 'raw')).padStart(11),
      kib(sum(list, 'gzip')).padStart(11),
      kib(sum(list, 'brotli')).padStart(11),
    ].join(' '),
  );
