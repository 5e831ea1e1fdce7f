'use strict';
// What every real-app program prints: one line per exchange with the status, the response headers
// that do not depend on the clock or the port, and the body (a digest when it is long), so node
// 24's transcript and noderun's can be compared byte for byte.
const crypto = require('node:crypto');

// Headers left out: date (the clock), keep-alive / connection (node prints what its agent chose;
// they are checked by the raw-socket exchanges instead), and anything naming the port.
const SKIPPED = new Set(['date', 'keep-alive', 'connection', 'request-id']);

function plainHeaders(headers) {
  if (headers == null) return {};
  if (typeof headers.entries === 'function' && typeof headers.get === 'function' &&
      typeof headers.toJSON !== 'function') {
    return Object.fromEntries(headers.entries());   // fetch's Headers
  }
  if (typeof headers.toJSON === 'function') return headers.toJSON();   // axios's AxiosHeaders
  return headers;
}

function showHeaders(headers) {
  const lower = Object.fromEntries(Object.entries(plainHeaders(headers))
    .map(([name, value]) => [name.toLowerCase(), value]));
  return Object.keys(lower).filter((name) => !SKIPPED.has(name)).sort()
    .map((name) => `${name}: ${JSON.stringify(lower[name])}`);
}

function showBody(body) {
  if (body == null) return String(body);
  if (typeof body === 'object' && !Buffer.isBuffer(body) && !(body instanceof ArrayBuffer)) body = JSON.stringify(body);
  const bytes = Buffer.from(body);
  if (bytes.length <= 160) return JSON.stringify(bytes.toString('utf8'));
  const digest = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return `<${bytes.length} bytes, sha256 ${digest}...>`;
}

function record(label, status, headers, body) {
  console.log(`${label} -> ${status}`);
  for (const line of showHeaders(headers)) console.log(`  ${line}`);
  console.log(`  body ${showBody(body)}`);
}

// The parts of an error a program can rely on (its message may name the port).
function showError(label, error) {
  const parts = [error.name, error.code];
  if (error.response) parts.push(`status ${error.response.status}`);
  if (error.cause) parts.push(`cause ${error.cause.name} ${error.cause.code}`);
  console.log(`${label} -> error ${parts.filter(Boolean).join(' ')}`);
}

// A raw HTTP/1.1 exchange over net, for what a client library hides (the exact response head).
function rawExchange(port, text) {
  const net = require('node:net');
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(text));
    const chunks = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
  });
}

// A raw response (or several, pipelined), without the clock's Date and the Keep-Alive hint.
function showRaw(label, response) {
  const text = response.replace(/^(date|keep-alive): .*\r\n/gim, '');
  const [head, ...rest] = text.split('\r\n\r\n');
  console.log(`${label} -> ${head.split('\r\n').join(' | ')}`);
  console.log(`  then ${showBody(rest.join('\r\n\r\n'))}`);
}

module.exports = { record, showError, showBody, showHeaders, rawExchange, showRaw };
