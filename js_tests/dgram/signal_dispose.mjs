// Closing a socket through an AbortSignal and through Symbol.asyncDispose (await using's hook).
import dgram from 'node:dgram';

const controller = new AbortController();
const socket = dgram.createSocket({ type: 'udp4', signal: controller.signal });
socket.on('close', () => console.log('closed by the signal'));
socket.bind(0, () => {
  console.log('bound');
  controller.abort();
});

const aborted = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
aborted.on('close', () => console.log('an aborted signal closes at once'));

const disposed = dgram.createSocket('udp4');
disposed.on('close', () => console.log('closed by asyncDispose'));
await new Promise((resolve) => disposed.bind(0, resolve));
await disposed[Symbol.asyncDispose]();
console.log('after asyncDispose');
await disposed[Symbol.asyncDispose]();
console.log('a second dispose does nothing');
