// A .cts module requires CommonJS TypeScript and ES module TypeScript (require(esm)); the .ts
// extension is never added by the resolver.
import type { Shape } from './helpers/shapes.mts';
const counter: { bump(): number; label: string } = require('./helpers/counter.cts');
const shapes = require('./helpers/shapes.mts');
const legacy = require('./helpers/legacy.ts');
const util = require('./helpers/util.ts');

const square: Shape = new shapes.default(3);
console.log(counter.bump(), counter.label, square.area(), shapes.PI);
console.log(legacy.triple(2), util.double(4), typeof module, __filename.endsWith('.cts'));
try {
  require('./helpers/legacy');
} catch (err) {
  console.log((err as NodeJS.ErrnoException).code);
}
