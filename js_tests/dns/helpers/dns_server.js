'use strict';
// A small authoritative DNS server for the fixtures, on node:dgram: it answers a fixed zone
// (name -> records) over UDP on 127.0.0.1. A name outside the zone is NXDOMAIN, a name with no
// record of the type asked for an empty answer; 'servfail.test' answers SERVFAIL, 'refused.test'
// REFUSED, 'silent.test' nothing at all.
const dgram = require('dgram');

const TYPES = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, TLSA: 52, CAA: 257 };
const ANY = 255;

function encodeName(name) {
  const parts = name === '' ? [] : name.split('.');
  return Buffer.concat([...parts.map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label)])),
    Buffer.from([0])]);
}

function charString(text) {
  const bytes = Buffer.from(text, 'latin1');
  return Buffer.concat([Buffer.from([bytes.length]), bytes]);
}

function u16(value) { const b = Buffer.alloc(2); b.writeUInt16BE(value); return b; }
function u32(value) { const b = Buffer.alloc(4); b.writeUInt32BE(value); return b; }

function ipv6(address) {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, null];
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = tail === null ? front : [...front, ...Array(8 - front.length - back.length).fill('0'), ...back];
  return Buffer.concat(groups.map((group) => u16(parseInt(group, 16))));
}

function rdata(record) {
  switch (record.type) {
    case 'A': return Buffer.from(record.address.split('.').map(Number));
    case 'AAAA': return ipv6(record.address);
    case 'CNAME': case 'NS': case 'PTR': return encodeName(record.value);
    case 'MX': return Buffer.concat([u16(record.priority), encodeName(record.exchange)]);
    case 'TXT': return Buffer.concat(record.entries.map(charString));
    case 'SRV': return Buffer.concat([u16(record.priority), u16(record.weight), u16(record.port), encodeName(record.name)]);
    case 'SOA': return Buffer.concat([encodeName(record.nsname), encodeName(record.hostmaster), u32(record.serial),
      u32(record.refresh), u32(record.retry), u32(record.expire), u32(record.minttl)]);
    case 'NAPTR': return Buffer.concat([u16(record.order), u16(record.preference), charString(record.flags),
      charString(record.service), charString(record.regexp), encodeName(record.replacement)]);
    case 'CAA': return Buffer.concat([Buffer.from([record.critical]), charString(record.tag), Buffer.from(record.value)]);
    case 'TLSA': return Buffer.concat([Buffer.from([record.certUsage, record.selector, record.match]), record.data]);
  }
  throw new Error(`no encoder for ${record.type}`);
}

function parseQuestion(message) {
  const labels = [];
  let offset = 12;
  while (message[offset] !== 0) {
    labels.push(message.toString('latin1', offset + 1, offset + 1 + message[offset]));
    offset += message[offset] + 1;
  }
  offset += 1;
  return { name: labels.join('.').toLowerCase(), type: message.readUInt16BE(offset), end: offset + 4 };
}

function respond(message, zone) {
  const { name, type, end } = parseQuestion(message);
  if (name === 'silent.test') return null;
  let rcode = 0;
  let answers = [];
  if (name === 'servfail.test') rcode = 2;
  else if (name === 'refused.test') rcode = 5;
  else if (!(name in zone)) rcode = 3;
  else answers = zone[name].filter((record) => type === ANY || TYPES[record.type] === type);
  const header = Buffer.concat([message.subarray(0, 2), u16(0x8180 | rcode), u16(1), u16(answers.length), u16(0), u16(0)]);
  const records = answers.map((record) => {
    const data = rdata(record);
    return Buffer.concat([u16(0xC00C), u16(TYPES[record.type]), u16(1), u32(record.ttl ?? 300), u16(data.length), data]);
  });
  return Buffer.concat([header, message.subarray(12, end), ...records]);
}

// Start a server for `zone`; resolves to { socket, address: '127.0.0.1:PORT', queries }.
function startServer(zone) {
  const socket = dgram.createSocket('udp4');
  const queries = [];
  socket.on('message', (message, rinfo) => {
    const { name, type } = parseQuestion(message);
    queries.push(`${name} ${type}`);
    const answer = respond(message, zone);
    if (answer) socket.send(answer, rinfo.port, rinfo.address);
  });
  return new Promise((resolve) => {
    socket.bind(0, '127.0.0.1', () => resolve({ socket, address: `127.0.0.1:${socket.address().port}`, queries }));
  });
}

module.exports = { startServer };
