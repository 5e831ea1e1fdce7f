// `import fs from 'fs'` gives the same object as require('fs'); named imports match
import fs, { readFileSync } from 'fs';
import * as fsNs from 'node:fs';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';
const require = createRequire(import.meta.url);
console.log(fs === require('fs'), readFileSync === fs.readFileSync, fsNs.default === fs);
const src = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8');
console.log(src.split('\n')[0]);
