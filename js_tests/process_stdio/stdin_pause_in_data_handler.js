// pause() inside a 'data' handler: the stream stops flowing, but as in node it reads on until its
// buffer is full (here: to the end of the short input), so 'end' still comes while paused and the
// process ends by itself.
const seen = [];
process.stdin.once('data', (chunk) => {
  seen.push(`first chunk ${JSON.stringify(String(chunk))}`);
  process.stdin.pause();
  seen.push(`flowing ${process.stdin.readableFlowing}`);
});
process.stdin.on('end', () => seen.push('end while paused'));
process.on('exit', (code) => console.log(seen.join('\n'), '\nexit', code, 'ended', process.stdin.readableEnded));
