// Touching process.stdin reads nothing: nothing is buffered until the stream is consumed; a 'data'
// listener added later still gets all the input.
const stdin = process.stdin;
console.log('fd', stdin.fd, 'flowing', stdin.readableFlowing, 'length', stdin.readableLength);
setTimeout(() => {
  console.log('still unread', stdin.readableLength, stdin.readableEnded);
  let text = '';
  stdin.on('data', (chunk) => { text += chunk; });
  stdin.on('end', () => console.log('then read', JSON.stringify(text)));
}, 20);
