// fs.watch on a directory and on a file: the events seen for a create / write / rename / unlink,
// printed as a sorted set (inotify may merge or split some), then 'close' after close()
const fs = require('fs');
const { at } = require('./helpers/tmp');

fs.mkdirSync(at('d'));
fs.writeFileSync(at('d', 'kept'), 'x');
const seen = new Set();
const watcher = fs.watch(at('d'), (eventType, filename) => seen.add(`${eventType} ${filename}`));
const fileSeen = new Set();
const fileWatcher = fs.watch(at('d', 'kept'), { encoding: 'buffer' }, (eventType, filename) => {
  fileSeen.add(`${eventType} ${Buffer.isBuffer(filename)} ${filename}`);
});
console.log(watcher instanceof require('events'), watcher.constructor.name, typeof watcher.close);
console.log(watcher.ref() === watcher, watcher.unref() === watcher);
watcher.ref();

setTimeout(() => {
  fs.writeFileSync(at('d', 'new.txt'), 'hello');
  fs.appendFileSync(at('d', 'kept'), 'more');
  fs.renameSync(at('d', 'new.txt'), at('d', 'moved.txt'));
  fs.unlinkSync(at('d', 'moved.txt'));
}, 20);

setTimeout(() => {
  console.log([...seen].sort());
  console.log([...fileSeen].sort());
  watcher.on('close', () => console.log('close', watcher._handle));
  watcher.close();
  watcher.close();   // a second close does nothing
  fileWatcher.close();
  console.log('closed');
}, 300);
