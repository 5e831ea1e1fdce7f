'use strict';
// DOMException (WebIDL): an Error subclass by prototype whose name, message and code are read-only
// accessors, with the legacy numeric codes as constants on the class and its prototype. Its state
// lives in private fields, so `stack` (and `cause`) stay its only own properties, as in node.

// Legacy names with their codes, in code order (code = index + 1); the constant is the
// SCREAMING_CASE form of the name plus _ERR (with a few historical spellings).
const kLegacyNames = [
  'IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
  'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
  'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
  'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
  'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError',
];
const kConstantOverrides = { DOMStringSizeError: 'DOMSTRING_SIZE_ERR', URLMismatchError: 'URL_MISMATCH_ERR',
  InUseAttributeError: 'INUSE_ATTRIBUTE_ERR' };

const nameToCode = new Map(kLegacyNames.map((name, i) => [name, i + 1]));

function constantName(name) {
  return kConstantOverrides[name] ??
    `${name.replace(/Error$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_ERR`;
}

function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    Error.captureStackTrace(this);
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      this.#name = `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          value: options.cause, configurable: true, writable: true, enumerable: false,
        });
      }
    } else {
      this.#name = `${options}`;
    }
    // The stack header names the exception as V8 does: "<name>: <message>".
    const { stack } = this;
    if (typeof stack === 'string') {
      const newline = stack.indexOf('\n');
      const frames = newline === -1 ? '' : stack.slice(newline);
      const header = this.#message ? `${this.#name}: ${this.#message}` : this.#name;
      Object.defineProperty(this, 'stack', {
        value: `${header}${frames}`, configurable: true, writable: true, enumerable: false,
      });
    }
  }

  get name() {
    if (!(#name in this)) throw invalidThis();
    return this.#name;
  }

  get message() {
    if (!(#name in this)) throw invalidThis();
    return this.#message;
  }

  get code() {
    if (!(#name in this)) throw invalidThis();
    return nameToCode.get(this.#name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, {
    ...Object.getOwnPropertyDescriptor(DOMException.prototype, key), enumerable: true,
  });
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const [name, code] of nameToCode) {
  const descriptor = { value: code, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(DOMException, constantName(name), descriptor);
  Object.defineProperty(DOMException.prototype, constantName(name), descriptor);
}

module.exports = { DOMException };
