// fs.watchFile / unwatchFile: stats polled every `interval` ms; the listener gets (curr, prev)
// when they differ; a missing file gives zeroed Stats; one StatWatcher per path, 'stop' a tick
// after the last listener goes
const fs = require('fs');
const { at } = require('./helpers/tmp');

fs.writeFileSync(at('f'), 'abc');
let calls = 0;
const watcher = fs.watchFile(at('f'), { interval: 20 }, function listener(curr, prev) {
  calls++;
  console.log('change', curr.constructor.name, curr.size, prev.size, curr.isFile(), curr.mtimeMs >= prev.mtimeMs);
  if (calls === 1) {
    fs.unlinkSync(at('f'));
  } else {
    console.log('gone', curr.size, curr.ino, curr.mtimeMs, curr.nlink, prev.size);
    fs.unwatchFile(at('f'), listener);
  }
});
console.log(watcher.constructor.name, watcher instanceof require('events'));
const other = () => console.log('never');
console.log(fs.watchFile(at('f'), other) === watcher, watcher.listenerCount('change'));
fs.unwatchFile(at('f'), other);
console.log(watcher.listenerCount('change'));
watcher.on('stop', () => console.log('stop'));
setTimeout(() => fs.writeFileSync(at('f'), 'abcdef'), 100);

// a file that does not exist yet: first zeroed stats, then the real ones once it is made
const missing = at('later');
const bigWatcher = fs.watchFile(missing, { interval: 10, bigint: true }, (curr, prev) => {
  console.log('later', typeof curr.size, curr.size, prev.size, curr.isFile());
  if (curr.size === 0n && curr.ino === 0n) {
    fs.writeFileSync(missing, 'xy');
  } else {
    fs.unwatchFile(missing);
  }
});
bigWatcher.on('stop', () => console.log('later stop'));

// unref'd: does not keep the process alive
fs.watchFile(__filename, { persistent: false }, () => {});
