// An .mts module imports TypeScript ES modules (.mts, and .ts by syntax detection) and CommonJS
// (.cts, and .ts without import/export); type-only imports and specifiers are erased.
import Square, { circle, PI, type Shape } from './helpers/shapes.mts';
import type { Kind } from './helpers/shapes.mts';
import counter from './helpers/counter.cts';
import { double } from './helpers/util.ts';
import legacy from './helpers/legacy.ts';
import { createRequire } from 'node:module';

const shapes: Shape[] = [circle(1), new Square(2)];
const kinds: Kind[] = shapes.map((s: Shape) => s.kind as Kind);
console.log(kinds, shapes.map((s) => s.area()), PI);
console.log(counter.bump(), counter.bump(), counter.label);
console.log(double(21), legacy.triple(3), legacy.filename);
console.log(import.meta.url.endsWith('/esm_imports.mts'), typeof require);
const req = createRequire(import.meta.url);
console.log(req('./helpers/counter.cts') === counter);
const ns = await import('./helpers/shapes.mts');
console.log(Object.keys(ns).sort());
