// a static import of a module with top-level await delays the importer's body until it settles
import { value } from './helpers/tla_dep.mjs';
console.log('importer body runs after dep:', value);
