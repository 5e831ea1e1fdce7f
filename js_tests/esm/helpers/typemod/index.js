import { basename } from 'node:path';
export const kind = typeof require === 'undefined' ? 'esm (.js in type:module)' : 'cjs';
export const file = basename(import.meta.url);
export { default as legacy } from './legacy.cjs';
