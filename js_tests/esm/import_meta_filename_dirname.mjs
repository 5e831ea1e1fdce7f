// import.meta.filename and import.meta.dirname are absolute paths (node 20.11+)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
console.log(path.basename(import.meta.filename), path.basename(import.meta.dirname));
console.log(import.meta.filename === fileURLToPath(import.meta.url));
console.log(import.meta.dirname === path.dirname(import.meta.filename));
