'use strict';
// The `navigator` global (node's lib/internal/navigator.js): a Navigator made once per thread,
// whose values are read on first use. Other modules add members to Navigator.prototype as getters
// in the class body below, in node's order (Web Locks' `locks` goes after hardwareConcurrency).

const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');

const kConstruct = Symbol('kConstruct');

// process.arch -> the machine name node reports in navigator.platform
const machineNames = { __proto__: null, x64: 'x86_64', ia32: 'x86', arm64: 'aarch64' };

function platformName() {
  const { platform, arch } = process;
  if (platform === 'darwin') return 'MacIntel';
  if (platform === 'win32') return 'Win32';
  const name = platform === 'linux' ? 'Linux' : platform;
  return `${name} ${machineNames[arch] ?? arch}`;
}

class Navigator {
  #hardwareConcurrency;
  #language;
  #languages;
  #userAgent;
  #platform;

  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get hardwareConcurrency() {
    this.#hardwareConcurrency ??= host.osAvailableParallelism();
    return this.#hardwareConcurrency;
  }

  get locks() {
    return require('internal/locks').getLockManager();   // the thread's, shared with worker_threads
  }

  get language() {
    this.#language ??= host.osDefaultLocale();
    return this.#language;
  }

  get languages() {
    this.#languages ??= Object.freeze([this.language]);
    return this.#languages;
  }

  get userAgent() {
    this.#userAgent ??= `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`;
    return this.#userAgent;
  }

  get platform() {
    this.#platform ??= platformName();
    return this.#platform;
  }
}

// node's WebIDL-style accessors are enumerable
for (const name of Object.getOwnPropertyNames(Navigator.prototype)) {
  if (name === 'constructor') continue;
  const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, name);
  Object.defineProperty(Navigator.prototype, name, { ...descriptor, enumerable: true });
}

let navigator;

function getNavigator() {
  navigator ??= new Navigator(kConstruct);
  return navigator;
}

module.exports = { Navigator, getNavigator };
