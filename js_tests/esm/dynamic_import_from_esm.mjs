// dynamic import() from ESM: same module instance as a static import, evaluated once
import * as staticNs from './helpers/side_effect.mjs';
const dyn = await import('./helpers/side_effect.mjs');
console.log(dyn === staticNs, dyn.n, globalThis.__sideEffects);
const spec = './helpers/' + 'lib.mjs';
const { hello } = await import(spec);
console.log(hello('dynamic'));
