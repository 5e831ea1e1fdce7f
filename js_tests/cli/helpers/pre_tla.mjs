await new Promise((r) => setTimeout(r, 5));
globalThis.__importPreload = 'set after top-level await in preload';
console.log('pre_tla.mjs done');
