// node:fs and node:fs/promises as ES modules: named and default imports
import fs, { readFileSync, writeFileSync, mkdtempSync, rmSync, constants } from 'node:fs';
import fsp, { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'noderun-'));
writeFileSync(join(dir, 'f'), 'from esm');
console.log(readFileSync(join(dir, 'f'), 'utf8'), fs.readFileSync === readFileSync, constants.O_CREAT);
console.log(await readFile(join(dir, 'f'), 'utf8'), fsp.readFile === readFile, fs.promises === fsp);
rmSync(dir, { recursive: true });
