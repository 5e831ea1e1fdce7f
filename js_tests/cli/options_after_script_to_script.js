// node options placed after the script name are passed to the script, not to node
console.log(JSON.stringify(process.argv.slice(2)));
console.log(typeof globalThis.__preloadOrder);
