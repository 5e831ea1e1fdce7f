'use strict';
// HTTP/2 settings as node names them, and as the protocol numbers them (RFC 9113 6.5.2, RFC 8441
// for enableConnectProtocol): node's validation and errors, the packed form of
// getPackedSettings(), and the host's { code: value } form (custom settings included).

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_HTTP2_INVALID_SETTING_VALUE, ERR_INVALID_ARG_TYPE, ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH,
    ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS,
  },
} = require('internal/errors');
const { assertIsObject, assertWithinRange } = require('internal/http2/util');

const kMaxInt = 2 ** 32 - 1;
const kMaxFrameSize = 2 ** 24 - 1;
const MAX_ADDITIONAL_SETTINGS = 10;

// the settings node names, by code
const namesByCode = { 1: 'headerTableSize', 2: 'enablePush', 3: 'maxConcurrentStreams', 4: 'initialWindowSize',
  5: 'maxFrameSize', 6: 'maxHeaderListSize', 8: 'enableConnectProtocol' };
const booleanCodes = new Set([2, 8]);

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

// node's checks of a settings object (ranges are RangeErrors, booleans TypeErrors)
function validateSettings(settings) {
  if (settings === undefined) return;
  assertIsObject(settings.customSettings, 'customSettings', 'Number');
  if (settings.customSettings) {
    const entries = Object.entries(settings.customSettings);
    if (entries.length > MAX_ADDITIONAL_SETTINGS) throw new ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS();
    for (const [key, value] of entries) {
      assertWithinRange('customSettings:id', Number(key), 0, 0xffff);
      assertWithinRange('customSettings:value', Number(value), 0, kMaxInt);
    }
  }
  assertWithinRange('headerTableSize', settings.headerTableSize, 0, kMaxInt);
  assertWithinRange('initialWindowSize', settings.initialWindowSize, 0, kMaxInt);
  assertWithinRange('maxFrameSize', settings.maxFrameSize, 16384, kMaxFrameSize);
  assertWithinRange('maxConcurrentStreams', settings.maxConcurrentStreams, 0, kMaxInt);
  assertWithinRange('maxHeaderListSize', settings.maxHeaderListSize, 0, kMaxInt);
  assertWithinRange('maxHeaderSize', settings.maxHeaderSize, 0, kMaxInt);
  for (const name of ['enablePush', 'enableConnectProtocol']) {
    if (settings[name] !== undefined && typeof settings[name] !== 'boolean') {
      throw new ERR_HTTP2_INVALID_SETTING_VALUE(name, settings[name]);
    }
  }
}

// [[code, value], ...] of what a (validated) settings object sets, by code, as nghttp2 would
// send them; custom settings (codes node has no name for) first, as node's buffer holds them
function settingsEntries(settings) {
  const values = new Map();
  if (settings.customSettings !== null && typeof settings.customSettings === 'object') {
    for (const [key, value] of Object.entries(settings.customSettings)) {
      if (typeof value !== 'number') continue;
      const code = Number(key);
      if (Number.isNaN(code) || code <= 0 || code > 0xffff) {
        throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError('Range Error', code, 0, 0xffff);
      }
      if (Number.isNaN(value) || value <= 0 || value > 0xffffffff) {
        throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError('Range Error', value, 0, 0xffffffff);
      }
      values.set(code, value);
    }
  }
  for (const [code, name] of Object.entries(namesByCode)) {
    const value = settings[name];
    if (booleanCodes.has(Number(code))) {
      if (typeof value === 'boolean') values.set(Number(code), Number(value));
    } else if (code === '6') {
      if (typeof settings.maxHeaderListSize === 'number' || typeof settings.maxHeaderSize === 'number') {
        if (settings.maxHeaderSize !== undefined && settings.maxHeaderSize !== settings.maxHeaderListSize) {
          process.emitWarning('settings.maxHeaderSize overwrite settings.maxHeaderListSize');
          values.set(6, settings.maxHeaderSize);
        } else {
          values.set(6, settings.maxHeaderListSize);
        }
      }
    } else if (typeof value === 'number') {
      values.set(Number(code), value);
    }
  }
  return [...values].sort((a, b) => a[0] - b[0]);
}

function settingsToHost(settings) {
  return JSON.stringify(Object.fromEntries(settingsEntries(settings)));
}

// node's settings object from the host's { code: value } of the settings in force
function settingsFromHost(byCode) {
  const settings = {
    headerTableSize: byCode[1],
    enablePush: byCode[2] !== 0,
    initialWindowSize: byCode[4],
    maxFrameSize: byCode[5],
    maxConcurrentStreams: byCode[3],
    maxHeaderListSize: byCode[6],
    maxHeaderSize: byCode[6],
    enableConnectProtocol: byCode[8] !== 0,
  };
  const custom = Object.keys(byCode).filter((code) => namesByCode[code] === undefined);
  if (custom.length > 0) {
    settings.customSettings = {};
    for (const code of custom) settings.customSettings[code] = byCode[code];
  }
  return settings;
}

function getPackedSettings(settings) {
  assertIsObject(settings, 'settings');
  settings = settings ?? {};
  validateSettings(settings);
  const entries = settingsEntries({ ...settings });
  const packed = Buffer.alloc(entries.length * 6);
  entries.forEach(([code, value], i) => {
    packed.writeUInt16BE(code, i * 6);
    packed.writeUInt32BE(value, i * 6 + 2);
  });
  return packed;
}

function getUnpackedSettings(buf, options = {}) {
  if (!ArrayBuffer.isView(buf) || buf.length === undefined) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray'], buf);
  }
  if (buf.length % 6 !== 0) throw new ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH();
  // (node reads the view's elements as the bytes, whatever the view's element size)
  const settings = {};
  for (let offset = 0; offset < buf.length; offset += 6) {
    const code = buf[offset] * 2 ** 8 + buf[offset + 1];
    const value = buf[offset + 2] * 2 ** 24 + buf[offset + 3] * 2 ** 16 + buf[offset + 4] * 2 ** 8 + buf[offset + 5];
    const name = namesByCode[code];
    if (name === undefined) {
      settings.customSettings ||= {};
      settings.customSettings[code] = value;
    } else if (booleanCodes.has(code)) {
      settings[name] = value !== 0;
    } else {
      settings[name] = value;
      if (code === 6) settings.maxHeaderSize = value;
    }
  }
  if (options != null && options.validate) validateSettings(settings);
  return settings;
}

module.exports = {
  defaultSettings, validateSettings, settingsToHost, settingsFromHost, getPackedSettings, getUnpackedSettings,
  MAX_ADDITIONAL_SETTINGS,
};
