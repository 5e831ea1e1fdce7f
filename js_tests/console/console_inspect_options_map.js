// new Console({ inspectOptions }) takes a Map of options per stream (node 24): colours for one, depth for another
const { Console } = require('console');
const { PassThrough } = require('stream');
const out = new PassThrough().setEncoding('utf8'); const err = new PassThrough().setEncoding('utf8');
const c = new Console({ stdout: out, stderr: err, inspectOptions: new Map([[out, { colors: true }], [err, { colors: false }]]) });
c.log('Hello', 42, { a: 1 }); c.warn('Hello', 42);
console.log(JSON.stringify(out.read()), JSON.stringify(err.read()));
const d = new Console({ stdout: out, stderr: err, inspectOptions: new Map([[out, { depth: 0 }]]) });
d.log({ a: { b: 1 } }); d.warn({ a: { b: 1 } });
console.log(JSON.stringify(out.read()), JSON.stringify(err.read()));
for (const io of [new Map([[out, 5]]), new Map([[out, { colors: true }]])]) {
  try { new Console({ stdout: out, stderr: err, colorMode: true, inspectOptions: io }); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
}
try { new Console({ stdout: out, inspectOptions: 5 }); } catch (e) { console.log(e.code, e.message); }
