// unshift() puts data back at the front of the buffer; after 'end' it is an error.
const { Readable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
r.push('b');
r.push('c');
r.unshift('a');
console.log('length', r.readableLength, 'first', r.read());
r.unshift('z');
console.log('order', r.read(), r.read(), r.read(), r.read());

const s = new Readable({ read() {} });
s.setEncoding('utf8');
s.push('world');
s.unshift('hello ');
console.log('string unshift', JSON.stringify(s.read()));

const ended = new Readable({ objectMode: true, read() {} });
ended.on('error', (err) => console.log('error', err.code, err.message));
ended.on('end', () => {
  console.log('end');
  ended.unshift('late');
});
ended.resume();
ended.push(null);
