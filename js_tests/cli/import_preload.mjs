// --import preloads an ES module before the main module runs
console.log('main sees:', globalThis.__importPreload);
