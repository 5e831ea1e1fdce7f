'use strict';
// The WebSocket global against a server in the same program (node:http's 'upgrade' with a small
// RFC 6455 framing written here): the opening handshake as the server sees it, text and binary
// messages both ways (binaryType blob and arraybuffer), a fragmented message, a ping the client
// answers, and the close handshake started by the client.
const http = require('http');
const crypto = require('crypto');

function frame(opcode, payload, fin = true) {
  const data = Buffer.from(payload);
  const head = data.length < 126 ? Buffer.from([(fin ? 0x80 : 0) | opcode, data.length])
    : Buffer.from([(fin ? 0x80 : 0) | opcode, 126, data.length >> 8, data.length & 0xff]);
  return Buffer.concat([head, data]);
}

// The client's frames: masked, possibly several in one chunk.
function* readFrames(state, chunk) {
  state.buffer = Buffer.concat([state.buffer, chunk]);
  for (;;) {
    const b = state.buffer;
    if (b.length < 2) return;
    let length = b[1] & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (b.length < 4) return;
      length = b.readUInt16BE(2);
      offset = 4;
    }
    if (b.length < offset + 4 + length) return;
    const mask = b.subarray(offset, offset + 4);
    const payload = Buffer.from(b.subarray(offset + 4, offset + 4 + length)).map((x, i) => x ^ mask[i % 4]);
    state.buffer = b.subarray(offset + 4 + length);
    yield { fin: (b[0] & 0x80) !== 0, opcode: b[0] & 0x0f, masked: (b[1] & 0x80) !== 0, payload: Buffer.from(payload) };
  }
}

const server = http.createServer();
server.on('upgrade', (req, socket) => {
  const h = req.headers;
  console.log('server: upgrade', req.url, h.upgrade, h.connection, h['sec-websocket-version'], h['sec-websocket-protocol'],
    h['sec-websocket-extensions'], Buffer.from(h['sec-websocket-key'], 'base64').length);
  const accept = crypto.createHash('sha1').update(`${h['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
    `Sec-WebSocket-Accept: ${accept}\r\nSec-WebSocket-Protocol: chat\r\n\r\n`);
  socket.write(frame(1, 'welcome'));
  const state = { buffer: Buffer.alloc(0) };
  socket.on('data', (chunk) => {
    for (const f of readFrames(state, chunk)) {
      if (f.opcode === 8) {
        console.log('server: close frame', f.masked, f.payload.length >= 2 ? f.payload.readUInt16BE(0) : null, String(f.payload.subarray(2)));
        socket.end(frame(8, f.payload));
      } else if (f.opcode === 10) {
        console.log('server: pong', String(f.payload), f.masked);
      } else if (f.opcode === 1 && String(f.payload) === 'fragments please') {
        socket.write(Buffer.concat([frame(1, 'frag', false), frame(0, 'men', false), frame(9, 'are you there'), frame(0, 'ted')]));
      } else if (f.opcode === 1 && String(f.payload) === 'binary please') {
        socket.write(frame(2, [1, 2, 3, 250]));
      } else {
        console.log('server: got', f.opcode === 1 ? 'text' : 'binary', f.masked, f.opcode === 1 ? String(f.payload) : [...f.payload]);
        socket.write(frame(f.opcode, f.payload));
      }
    }
  });
});

server.listen(0, '127.0.0.1', () => {
  const ws = new WebSocket(`ws://127.0.0.1:${server.address().port}/chat?room=1`, ['chat', 'json']);
  console.log('state', ws.readyState, ws.binaryType, JSON.stringify(ws.protocol), ws.url.replace(/:\d+\//, ':PORT/'));
  ws.addEventListener('open', (event) => {
    console.log('open', event.constructor.name, ws.readyState, ws.protocol, JSON.stringify(ws.extensions));
    ws.send('hello server');
    console.log('bufferedAmount after send', ws.bufferedAmount);
  });
  // each answer of the server says what to send next
  const next = {
    'hello server': () => ws.send('fragments please'),
    fragmented: () => ws.send('binary please'),
    'Blob(4) 1,2,3,250': () => {
      ws.binaryType = 'arraybuffer';
      ws.send('binary please');
    },
    'ArrayBuffer 1,2,3,250': () => ws.send(new Uint8Array([9, 8, 7])),
    'ArrayBuffer 9,8,7': () => ws.send(new Blob(['blob'])),
    'ArrayBuffer 98,108,111,98': () => ws.close(4000, 'done here'),
  };
  ws.onmessage = async (event) => {
    const { data } = event;
    let shown = data;
    if (data instanceof Blob) shown = `Blob(${data.size}) ${[...new Uint8Array(await data.arrayBuffer())]}`;
    else if (data instanceof ArrayBuffer) shown = `ArrayBuffer ${[...new Uint8Array(data)]}`;
    console.log('message', event.constructor.name, shown, event.origin.replace(/:\d+$/, ':PORT'));
    next[shown]?.();
  };
  ws.onerror = (event) => console.log('error', event.error);
  ws.onclose = (event) => {
    console.log('close', event.constructor.name, event.code, event.reason, event.wasClean, ws.readyState);
    server.close();
  };
});
