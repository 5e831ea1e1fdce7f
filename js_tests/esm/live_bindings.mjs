// imported bindings are live views of the exporter's variables and are read-only
import { counter, increment, reset } from './helpers/counter.mjs';
import * as ns from './helpers/counter.mjs';
console.log(counter);
increment();
increment();
console.log(counter, ns.counter);
reset();
console.log(counter);
try { ns.counter = 5; } catch (e) { console.log(e.name); }
