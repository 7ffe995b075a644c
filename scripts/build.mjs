// `npm run build`: dist/ as ncc makes it from the sources, the action's bundle and the CLI's
// side by side. The two bundles share nothing, so they build at the same time (one ncc process
// each) rather than one after the other; dist/ is removed first so no stale chunk survives.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NCC = path.join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

const BUNDLES = [
  ['src/index.ts', 'dist', '--license', 'licenses.txt'],
  ['src/cli/index.ts', 'dist/cli'],
];

function ncc([entry, out, ...extra]) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NCC, 'build', entry, '-o', out, ...extra, '--quiet'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`ncc build ${entry} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
const results = await Promise.allSettled(BUNDLES.map(ncc));
const failed = results.filter((result) => result.status === 'rejected');
for (const result of failed) console.error(`build: ${result.reason.message}`);
process.exitCode = failed.length > 0 ? 1 : 0;
