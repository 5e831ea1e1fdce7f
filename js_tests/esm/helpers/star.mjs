export * from './lib.mjs';
export { x as renamedX, default as libDefault } from './lib.mjs';
export * as libNs from './lib.mjs';
export { a as cjsA } from './cjs_lib.js';
export const own = 'own export';
