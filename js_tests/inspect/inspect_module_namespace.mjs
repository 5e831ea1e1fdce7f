// Module namespace objects print as [Module: null prototype].
import * as ns from './helpers/ns_module.mjs';
import { inspect } from 'node:util';
console.log(ns);
console.log({ ns });
console.log(inspect(ns, { depth: 0 }), Object.keys(ns));
const empty = await import('./helpers/empty_module.mjs');
console.log(empty);
