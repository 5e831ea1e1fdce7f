'use strict';
// HTTP/2 settings as node names them, and as the protocol numbers them (RFC 9113 6.5.2, RFC 8441
// for enableConnectProtocol): validation with node's errors, the packed form of
// getPackedSettings(), and the host's { code: value } form.

const { Buffer } = require('buffer');
const {
  codes: { ERR_HTTP2_INVALID_SETTING_VALUE, ERR_INVALID_ARG_TYPE, ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const kMaxInt = 2 ** 32 - 1;
const kMaxFrameSize = 2 ** 24 - 1;
const kMaxWindow = 2 ** 31 - 1;

// name, code, [min, max] or 'boolean'
const settingsTable = [
  ['headerTableSize', 1, 0, kMaxInt],
  ['enablePush', 2, 'boolean'],
  ['maxConcurrentStreams', 3, 0, kMaxInt],
  ['initialWindowSize', 4, 0, kMaxWindow],
  ['maxFrameSize', 5, 16384, kMaxFrameSize],
  ['maxHeaderListSize', 6, 0, kMaxInt],
  ['maxHeaderSize', 6, 0, kMaxInt],
  ['enableConnectProtocol', 8, 'boolean'],
];

function defaultSettings() {
  return {
    __proto__: null,
    headerTableSize: 4096,
    enablePush: true,
    initialWindowSize: 65535,
    maxFrameSize: 16384,
    maxConcurrentStreams: 4294967295,
    maxHeaderSize: 65535,
    maxHeaderListSize: 65535,
    enableConnectProtocol: false,
  };
}

// [[code, value], ...] of the settings an object gives, validated as node validates them
function settingsEntries(settings) {
  validateObject(settings, 'settings');
  const entries = [];
  for (const [name, code, min, max] of settingsTable) {
    const value = settings[name];
    if (value === undefined) continue;
    if (min === 'boolean') {
      if (typeof value !== 'boolean') throw new ERR_HTTP2_INVALID_SETTING_VALUE(name, value);
      entries.push([code, value ? 1 : 0]);
    } else {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        throw new ERR_HTTP2_INVALID_SETTING_VALUE(name, value);
      }
      entries.push([code, value]);
    }
  }
  return entries;
}

function settingsToHost(settings) {
  return JSON.stringify(Object.fromEntries(settingsEntries(settings)));
}

const namesByCode = { 1: 'headerTableSize', 2: 'enablePush', 3: 'maxConcurrentStreams', 4: 'initialWindowSize',
  5: 'maxFrameSize', 6: 'maxHeaderListSize', 8: 'enableConnectProtocol' };

// what the peer's SETTINGS changed, from the host's { code: value }
function settingsFromHost(changed) {
  const settings = {};
  for (const [code, value] of Object.entries(changed)) {
    const name = namesByCode[code];
    if (name === undefined) continue;
    settings[name] = code === '2' || code === '8' ? value === 1 : value;
    if (code === '6') settings.maxHeaderSize = value;
  }
  return settings;
}

function getPackedSettings(settings = defaultSettings()) {
  const entries = settingsEntries(settings).filter(([code], i, all) => all.findIndex(([c]) => c === code) === i);
  const packed = Buffer.alloc(entries.length * 6);
  entries.forEach(([code, value], i) => {
    packed.writeUInt16BE(code, i * 6);
    packed.writeUInt32BE(value, i * 6 + 2);
  });
  return packed;
}

function getUnpackedSettings(buffer, options = {}) {
  if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray'], buffer);
  if (buffer.byteLength % 6 !== 0) throw new ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH();
  const bytes = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const settings = {};
  for (let offset = 0; offset < bytes.length; offset += 6) {
    const code = bytes.readUInt16BE(offset);
    const value = bytes.readUInt32BE(offset + 2);
    const name = namesByCode[code];
    if (name === undefined) continue;
    settings[name] = code === 2 || code === 8 ? value !== 0 : value;
    if (code === 6) settings.maxHeaderSize = value;
  }
  if (options.validate) settingsEntries(settings);
  return settings;
}

module.exports = { defaultSettings, settingsToHost, settingsFromHost, getPackedSettings, getUnpackedSettings };
