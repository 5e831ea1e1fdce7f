// Strings written to a socket arrive as node encodes them: UTF-8, a lone surrogate as U+FFFD
// (EF BF BD), a pair as one 4-byte character, other encodings as asked; a string too large for
// the kernel to take at once arrives whole and in order after the small writes before it.
const net = require('net');

const big = 'é€'.repeat(400000);   // 2 MB of 2- and 3-byte characters: the rest waits for 'drain'
const server = net.createServer((socket) => {
  const parts = [];
  socket.on('data', (chunk) => parts.push(chunk));
  socket.on('end', () => {
    const all = Buffer.concat(parts);
    const small = all.length - Buffer.byteLength(big);
    console.log('small:', all.subarray(0, small).toString('hex'));
    const rest = all.subarray(small);
    console.log('big bytes:', rest.length, 'equal:', rest.equals(Buffer.from(big)));
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.write('a\ud800b');          // lone high surrogate
    client.write('\udc00');            // lone low surrogate
    client.write('x\ud83d\ude00y');    // a pair
    client.write('\ud83d');            // a pair split over two writes: two replacements
    client.write('\ude00');
    client.write('é', 'latin1');
    client.write('aGk=', 'base64');
    client.write('\u00ff\u0100', 'utf16le');
    client.write('');
    const flushed = client.write(big);
    console.log('big write returned', flushed);
    client.end(() => console.log('client finished'));
  });
});
