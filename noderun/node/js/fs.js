'use strict';
// node:fs (the part the runtime core needs; the rest comes with the full builtins).

function readFileSync(path, options) {
  const encoding = typeof options === 'string' ? options : options?.encoding;
  const target = typeof path === 'number' ? path : `${path}`;
  return encoding ? host.readFileText(target) : host.readFileBytes(target);
}

function writeFileSync(path, data) {
  host.writeFile(`${path}`, data);
}

function existsSync(path) {
  return host.exists(`${path}`);
}

module.exports = { readFileSync, writeFileSync, existsSync };
