const { isMainThread, threadId } = require('worker_threads');
console.log(`preloaded in ${isMainThread ? 'the main thread' : `worker ${threadId}`}`);
globalThis.preloaded = (globalThis.preloaded ?? 0) + 1;
