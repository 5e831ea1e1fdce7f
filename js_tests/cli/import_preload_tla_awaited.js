// a --import preload with top-level await finishes before a CommonJS main script starts
console.log('main sees:', globalThis.__importPreload);
