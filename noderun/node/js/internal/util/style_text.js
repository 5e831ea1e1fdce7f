'use strict';
// util.styleText and the one rule for "should this stream get ANSI colours" that node applies to
// styleText and debuglog: FORCE_COLOR decides when set, otherwise a TTY with more than 2 colours.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateBoolean, validateOneOf, validateString } = require('internal/validators');
const { inspect } = require('internal/util/inspect');

// FORCE_COLOR '', '1', 'true' (16 colours), '2' (256) and '3' (16M) colour; any other value not.
const forcedColorValues = ['', '1', 'true', '2', '3'];

function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return forcedColorValues.includes(force);
  if (!stream?.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

// node's test for "a stream": a node stream, or a WHATWG readable or writable stream
function isStreamLike(value) {
  if (value === null || typeof value !== 'object') return false;
  const isNodeStream = value._readableState || value._writableState ||
    (typeof value.on === 'function' && (typeof value.write === 'function' || typeof value.pipe === 'function'));
  const isReadableStream = typeof value.pipeThrough === 'function' && typeof value.getReader === 'function' &&
    typeof value.cancel === 'function';
  const isWritableStream = typeof value.getWriter === 'function' && typeof value.abort === 'function';
  return Boolean(isNodeStream || isReadableStream || isWritableStream);
}

const escape = (code) => `\u001b[${code}m`;

function styleCodes(format) {
  const codes = inspect.colors[format];
  if (codes == null) validateOneOf(format, 'format', Object.keys(inspect.colors));
  return codes;
}

function styleText(format, text, options = {}) {
  // read as destructuring would, but through property reads, whose TypeError for null reads as V8's
  const givenValidateStream = options.validateStream;
  const givenStream = options.stream;
  const validateStream = givenValidateStream === undefined ? true : givenValidateStream;
  const stream = givenStream === undefined ? process.stdout : givenStream;
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let plain = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    plain = !shouldColorize(stream);
  }
  // Every format is checked, then left out when the stream gets no colours; 'none' adds nothing.
  const codes = [];
  for (const name of Array.isArray(format) ? format : [format]) {
    if (name !== 'none') codes.push(styleCodes(name));
  }
  if (plain) return text;
  let open = '';
  let close = '';
  for (const [start, end] of codes) {
    open += escape(start);
    close = escape(end) + close;
    text = reopenAfterNestedEnd(text, start, end);
  }
  return `${open}${text}${close}`;
}

// Styled text nested inside keeps the outer style going after it: an end code of this format
// inside the text (not at its very end) turns the format on again. 22 ends both bold and dim, so
// it stays and the format follows it.
function reopenAfterNestedEnd(text, start, end) {
  const endCode = escape(end);
  if (!text.includes(endCode)) return text;
  const again = end === 22 ? `${endCode}${escape(start)}` : escape(start);
  return text.replaceAll(endCode, (match, offset) => (offset + match.length === text.length ? match : again));
}

module.exports = { styleText, shouldColorize };
