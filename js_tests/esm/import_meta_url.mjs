// import.meta.url is the file: URL of the module
import { fileURLToPath } from 'node:url';
import { basename } from 'node:path';
console.log(import.meta.url.startsWith('file:///'), import.meta.url.endsWith('/import_meta_url.mjs'));
console.log(basename(fileURLToPath(import.meta.url)));
console.log(JSON.stringify(Object.keys(import.meta).sort()));
