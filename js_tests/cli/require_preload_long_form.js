// --require=<path> (long form with =) preloads a module
console.log('main sees', JSON.stringify(globalThis.__preloadOrder));
