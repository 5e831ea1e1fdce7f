import fromCjs from './middle.cjs';
export const entry = 'entry';
console.log('entry.mjs evaluated, middle.cjs gave', fromCjs);
