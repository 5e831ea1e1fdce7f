// -r preloads run before --import preloads, whatever the order on the command line
console.log('order:', JSON.stringify(globalThis.__preloadOrder), globalThis.__importPreload);
