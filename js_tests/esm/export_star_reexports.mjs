// export * / export { x as y } from / export * as ns re-exports; export * skips default
import * as ns from './helpers/star.mjs';
console.log(JSON.stringify(Object.keys(ns)));
console.log(ns.x === ns.renamedX, ns.libDefault, ns.libNs.default);
console.log('default' in ns, ns.cjsA, ns.own);
