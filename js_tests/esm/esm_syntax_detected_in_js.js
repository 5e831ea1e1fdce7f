// a .js file with import/export syntax and no package.json "type" is run as ESM (node 20.19+ detection)
import { basename } from 'node:path';
console.log(typeof require, typeof module, typeof exports);
console.log(basename(import.meta.filename));
export const unused = 1;
