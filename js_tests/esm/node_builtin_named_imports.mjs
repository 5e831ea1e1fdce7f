// node: builtins provide named exports and a default export
import { join, basename } from 'node:path';
import pathDefault from 'path';
import { EventEmitter } from 'node:events';
import { setTimeout as st } from 'node:timers';
import { fileURLToPath } from 'url';
console.log(join('x', 'y'), basename('/a/b.txt'));
console.log(pathDefault.join === join, st === globalThis.setTimeout);
console.log(typeof EventEmitter, basename(fileURLToPath(import.meta.url)));
