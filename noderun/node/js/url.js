'use strict';
// node:url: file URL conversion (the WHATWG URL class comes with the full builtins).

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL_SCHEME } } = require('internal/errors');

function fileURLToPath(path) {
  const href = typeof path === 'string' ? path : path?.href;
  if (typeof href !== 'string') throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (!href.startsWith('file:')) throw new ERR_INVALID_URL_SCHEME('file');
  return host.fileURLToPath(href);
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  const href = host.pathToFileURL(filepath);
  return typeof URL === 'function' ? new URL(href) : { href, protocol: 'file:', pathname: href.slice(7), toString() { return href; } };
}

module.exports = { fileURLToPath, pathToFileURL };
