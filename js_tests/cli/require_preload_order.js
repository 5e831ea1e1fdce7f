// two -r preloads run in order, before the main script, in the same global scope
console.log('main sees', JSON.stringify(globalThis.__preloadOrder));
