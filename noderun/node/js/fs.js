'use strict';
// node:fs (the part the runtime core needs; the rest comes with the full builtins).

function readFileSync(path, options) {
  const encoding = typeof options === 'string' ? options : options?.encoding;
  return encoding ? host.readFileText(`${path}`) : host.readFileBytes(`${path}`);
}

function writeFileSync(path, data) {
  host.writeFile(`${path}`, data);
}

function existsSync(path) {
  return host.exists(`${path}`);
}

module.exports = { readFileSync, writeFileSync, existsSync };
