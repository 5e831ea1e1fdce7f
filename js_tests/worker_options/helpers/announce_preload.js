console.log('preloaded in', require('worker_threads').isMainThread ? 'main' : 'worker');
