// Paused-mode reading: 'readable' then read() until null, with setEncoding; 'end' after the last.
process.stdin.setEncoding('utf8');
let text = '';
let readables = 0;
process.stdin.on('readable', () => {
  readables++;
  let chunk;
  while ((chunk = process.stdin.read()) !== null) text += chunk;
});
process.stdin.on('end', () => {
  console.log('read', JSON.stringify(text), 'type', typeof text, 'readable events > 0', readables > 0);
  console.log('ended', process.stdin.readableEnded);
});
console.log('flowing before', process.stdin.readableFlowing);
