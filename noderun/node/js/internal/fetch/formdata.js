'use strict';
// FormData of the XMLHttpRequest standard, as undici 7 (node 24) implements it: an ordered list of
// (name, string | File) entries.

const { File, isBlob } = require('internal/buffer/blob');
const {
  createPairIterator, exposeInterface, requireArgs, illegalInvocation, usvString, stringify, inspect,
} = require('internal/fetch/webidl');

const { markAsUncloneable } = require('internal/worker/marks');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// the standard's "create an entry": Blobs become Files named after the filename argument
function makeEntry(name, value, filename) {
  name = usvString(name);
  if (!isBlob(value)) return { name, value: usvString(value) };
  if (!(value instanceof File) || filename !== undefined) {
    value = new File([value], filename !== undefined ? usvString(filename) : (value instanceof File ? value.name : 'blob'),
      { type: value.type, lastModified: value instanceof File ? value.lastModified : undefined });
  }
  return { name, value };
}

function checkBlobArgument(method, value, length) {
  if (length > 2 && !isBlob(value)) {
    throw new TypeError(`FormData.${method}: Expected value ("${stringify(value)}") to be an instance of Blob.`);
  }
}

class FormData {
  #entries = [];

  constructor(form = undefined) {
    markAsUncloneable(this);   // as undici: structured clone refuses it
    if (form !== undefined) {
      throw new TypeError('FormData constructor: Argument 1 could not be converted to: undefined.');
    }
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#entries in self)) throw illegalInvocation();
  }

  append(name, value, filename = undefined) {
    FormData.#check(this);
    requireArgs(arguments.length, 2, 'FormData.append');
    checkBlobArgument('append', value, arguments.length);
    this.#entries.push(makeEntry(name, value, filename));
  }

  delete(name) {
    FormData.#check(this);
    requireArgs(arguments.length, 1, 'FormData.delete');
    name = usvString(name);
    this.#entries = this.#entries.filter((entry) => entry.name !== name);
  }

  get(name) {
    FormData.#check(this);
    requireArgs(arguments.length, 1, 'FormData.get');
    name = usvString(name);
    const entry = this.#entries.find((item) => item.name === name);
    return entry === undefined ? null : entry.value;
  }

  getAll(name) {
    FormData.#check(this);
    requireArgs(arguments.length, 1, 'FormData.getAll');
    name = usvString(name);
    return this.#entries.filter((entry) => entry.name === name).map((entry) => entry.value);
  }

  has(name) {
    FormData.#check(this);
    requireArgs(arguments.length, 1, 'FormData.has');
    name = usvString(name);
    return this.#entries.some((entry) => entry.name === name);
  }

  set(name, value, filename = undefined) {
    FormData.#check(this);
    requireArgs(arguments.length, 2, 'FormData.set');
    checkBlobArgument('set', value, arguments.length);
    const entry = makeEntry(name, value, filename);
    const first = this.#entries.findIndex((item) => item.name === entry.name);
    if (first === -1) {
      this.#entries.push(entry);
      return;
    }
    this.#entries = this.#entries.filter((item, index) => index <= first || item.name !== entry.name);
    this.#entries[first] = entry;
  }

  forEach(callback, thisArg = undefined) {
    FormData.#check(this);
    requireArgs(arguments.length, 1, 'FormData.forEach');
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (let i = 0; i < this.#entries.length; i++) {
      const { name, value } = this.#entries[i];
      callback.call(thisArg, value, name, this);
    }
  }

  keys() {
    FormData.#check(this);
    return formDataIterator(this, 'key');
  }

  values() {
    FormData.#check(this);
    return formDataIterator(this, 'value');
  }

  entries() {
    FormData.#check(this);
    return formDataIterator(this, 'key+value');
  }

  static entryList(formData) {
    return formData.#entries;
  }

  [customInspectSymbol](depth, options) {
    // node prints the entries as an object, a repeated name's values as an array
    const state = { __proto__: null };
    for (const { name, value } of this.#entries) {
      if (!(name in state)) state[name] = value;
      else if (Array.isArray(state[name])) state[name].push(value);
      else state[name] = [state[name], value];
    }
    const output = inspect().formatWithOptions({ ...options, depth: options.depth ?? depth }, state);
    return `FormData ${output.slice(output.indexOf(']') + 2)}`;
  }
}

const { entryList } = FormData;
delete FormData.entryList;
FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
Object.defineProperty(FormData.prototype, Symbol.iterator, { enumerable: false });
exposeInterface(FormData, ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']);
const formDataIterator = createPairIterator('FormData', (formData, index) => {
  const entry = entryList(formData)[index];
  return entry === undefined ? undefined : [entry.name, entry.value];
});

module.exports = { FormData, entryList };
