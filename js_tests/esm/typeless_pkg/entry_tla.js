// A .js entry point whose package.json has no "type" and that only parses as a module runs as one
// (top-level await included, import.meta.main true, no process.mainModule), with node 24's
// MODULE_TYPELESS_PACKAGE_JSON warning (once per package.json: not again for helpers/other.js).
import { value } from './helpers/other.js';
console.log(import.meta.main, typeof process.mainModule, typeof require, value);
await new Promise((resolve) => setTimeout(resolve, 1));
console.log('after await');
