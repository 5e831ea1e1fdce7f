// A module namespace object (null prototype, a Symbol.toStringTag) cannot be posted or cloned:
// DataCloneError, in a burst as alone.
import { MessageChannel } from 'node:worker_threads';
import * as path from 'node:path';
import * as helper from './helpers/ns_helper.mjs';
const { port1, port2 } = new MessageChannel();
const got = [];
port2.on('message', (m) => got.push(m));
for (const [label, ns] of [['builtin', path], ['user module', helper]]) {
  port1.postMessage(`before ${label}`);
  try { port1.postMessage(ns); console.log(label, 'posted'); } catch (e) { console.log(label, e.name, e.message); }
  try { structuredClone(ns); console.log(label, 'cloned'); } catch (e) { console.log(label, e.name, e.message); }
}
port1.postMessage('end');
setTimeout(() => { console.log(JSON.stringify(got)); port2.close(); }, 30);
