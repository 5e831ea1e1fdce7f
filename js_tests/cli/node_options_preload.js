// NODE_OPTIONS' preloads run before the command line's, and process.execArgv shows only the
// command line's options
console.log('main', process.execArgv);
