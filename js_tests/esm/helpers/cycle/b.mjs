import { aFn } from './a.mjs';
import * as aNs from './a.mjs';
console.log('b evaluating, aFn() =', aFn());
let tdz;
try { tdz = aNs.aValue; } catch (e) { tdz = e.name; }
console.log('b sees aValue ->', tdz);
export const bValue = 'B';
export function readA() { return aNs.aValue; }
