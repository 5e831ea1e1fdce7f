globalThis.__preloadOrder = (globalThis.__preloadOrder || []).concat('pre2');
console.log('pre2 running');
