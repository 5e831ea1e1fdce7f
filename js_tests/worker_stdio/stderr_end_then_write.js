// process.stderr.end() then write(): the write fails with ERR_STREAM_WRITE_AFTER_END (callback and
// 'error' event); the fd stays open, so the stream is usable again afterwards, as in node.
const events = [];
const err = process.stderr;
err.on('finish', () => events.push('finish'));
err.on('close', () => events.push('close'));
err.on('error', (e) => events.push(`error event ${e.name} ${e.code}`));
err.end('', () => events.push('end callback'));
console.log('after end', err.writableEnded, err.writable);
err.write('late\n', (e) => events.push(`write callback ${e && e.code} ${e && e.message}`));
process.nextTick(() => events.push('tick'));
setTimeout(() => {
  console.log(events.join('\n'));
  console.log('state', err.writableEnded, err.writable, err.destroyed, err.writableFinished);
}, 20);
