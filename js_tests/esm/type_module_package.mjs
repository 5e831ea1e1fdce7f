// .js files under a package.json with "type": "module" are ESM; .cjs there stays CommonJS
import { kind, file, legacy } from './helpers/typemod/index.js';
console.log(kind);
console.log(file);
console.log(legacy);
