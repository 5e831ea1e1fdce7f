import { bValue, readA } from './b.mjs';
console.log('a evaluating, bValue =', bValue);
export const aValue = 'A';
export function aFn() { return 'aFn hoisted'; }
console.log('a sees readA() =', readA());
