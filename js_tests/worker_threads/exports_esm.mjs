// node:worker_threads as an ES module: named exports and the default export
import * as ns from 'node:worker_threads';
import wt, { isMainThread, threadId, Worker, MessageChannel } from 'worker_threads';
console.log(Object.keys(ns));
console.log(isMainThread, threadId, Worker === wt.Worker, MessageChannel === ns.MessageChannel);
