import { basename } from 'node:path';
globalThis.__importPreload = 'set by --import ' + basename(import.meta.url);
console.log('pre.mjs running');
