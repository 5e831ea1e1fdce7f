// fs.watch / watchFile / unwatchFile / fs.promises.watch: node's errors for bad input and a
// missing path
const fs = require('fs');
const { at, describe } = require('./helpers/tmp');

function attempt(label, fn) {
  try {
    const watcher = fn();
    console.log(label, 'ok', watcher?.constructor.name);
    if (watcher?.close) watcher.close();
  } catch (err) {
    console.log(label, describe(err), 'filename' in err ? `filename=${err.filename === at('none')}` : '');
  }
}

attempt('missing', () => fs.watch(at('none')));
attempt('missing recursive', () => fs.watch(at('none'), { recursive: true }));
attempt('path type', () => fs.watch(5));
attempt('options type', () => fs.watch('.', 5));
attempt('listener type', () => fs.watch('.', { persistent: false }, 5));   // node starts it first
attempt('recursive type', () => fs.watch('.', { recursive: 1 }));
attempt('encoding', () => fs.watch('.', { encoding: 'nope' }));
attempt('encoding string', () => fs.watch('.', 'nope'));
attempt('signal', () => fs.watch('.', { signal: {} }));
attempt('persistent not checked', () => fs.watch('.', { persistent: 1 }));
attempt('watchFile no listener', () => fs.watchFile('.'));
attempt('watchFile listener', () => fs.watchFile('.', {}, 'x'));
attempt('watchFile interval', () => fs.watchFile('.', { interval: 'x' }, () => {}));
attempt('watchFile interval range', () => fs.watchFile('.', { interval: -1 }, () => {}));
attempt('watchFile path', () => fs.watchFile({}, () => {}));
attempt('unwatchFile path', () => fs.unwatchFile(5));
attempt('unwatchFile unknown', () => fs.unwatchFile(at('none')));

(async () => {
  const cases = [
    ['missing', at('none'), undefined],
    ['path', 5, undefined],
    ['options', '.', 5],
    ['persistent', '.', { persistent: 1 }],
    ['recursive', '.', { recursive: 'yes' }],
    ['encoding', '.', { encoding: 'nope' }],
    ['signal', '.', { signal: 1 }],
    ['maxQueue', '.', { maxQueue: 'x' }],
    ['overflow', '.', { overflow: 'throw' }],
    ['aborted', '.', { signal: AbortSignal.abort(new Error('why')) }],
  ];
  for (const [label, path, options] of cases) {
    const iterator = fs.promises.watch(path, options);   // nothing is checked before next()
    try {
      await iterator.next();
      console.log(label, 'no error');
    } catch (err) {
      console.log('promises', label, describe(err), err.cause?.message ?? '');
    }
  }
})();
