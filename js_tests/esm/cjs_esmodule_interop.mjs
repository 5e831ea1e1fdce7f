// importing transpiled CJS (__esModule): default import is still the whole module.exports
import def, { named } from './helpers/cjs_esmodule.js';
console.log(typeof def, def.default, def.named === named);
console.log(named);
