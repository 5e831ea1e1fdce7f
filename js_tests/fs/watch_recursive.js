// fs.watch with recursive: true: files in directories made after the watch started are reported
// by their path relative to the watched directory; symbolic links are not followed. (node 24
// polls the tree on Linux every 5 s, so this takes it a few seconds.)
const fs = require('fs');
const path = require('path');
const { at } = require('./helpers/tmp');

fs.mkdirSync(at('root', 'old'), { recursive: true });
fs.symlinkSync(at('root'), at('root', 'loop'));
const watcher = fs.watch(at('root'), { recursive: true });
const names = new Set();
watcher.on('change', (eventType, filename) => {
  console.assert(eventType === 'rename' || eventType === 'change', eventType);
  names.add(filename);
  if (filename === 'new') {
    fs.writeFileSync(at('root', 'new', 'deep.txt'), 'deep');
  }
  if (filename === path.join('new', 'deep.txt')) {
    watcher.close();
    console.log('seen', [...names].filter((name) => !name.includes('loop')).sort());
  }
});
watcher.on('close', () => console.log('close'));
setTimeout(() => fs.mkdirSync(at('root', 'new')), 50);
