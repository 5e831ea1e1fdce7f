'use strict';
// node:readline: createInterface over any readable EventEmitter ('data' / 'end', e.g. process.stdin)
// emitting 'line' and 'close', with question(), prompt(), pause / resume and async iteration of
// lines; the terminal helpers (cursorTo, moveCursor, clearLine, clearScreenDown) write the ANSI
// sequences node writes. Terminal mode (keypress events, history, completion) is not implemented.

const EventEmitter = require('events');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { notImplemented } = require('internal/not_implemented');

const kLineSplit = /\r\n|\n|\r/;

class Interface extends EventEmitter {
  #buffer = '';
  #questionCallback = null;
  #paused = false;
  #pending = [];

  constructor(input, output, completer, terminal) {
    super();
    let options = input;
    if (!(input && typeof input === 'object' && 'input' in input)) options = { input, output, completer, terminal };
    validateObject(options, 'options');
    this.input = options.input;
    this.output = options.output;
    this.terminal = false;
    this.line = '';
    this.closed = false;
    this.crlfDelay = options.crlfDelay ?? 100;
    this._prompt = options.prompt ?? '> ';
    if (this.input === undefined || typeof this.input.on !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('input', this.input, 'must be a readable stream');
    }
    if (typeof this.input.setEncoding === 'function') this.input.setEncoding('utf8');
    this.onData = (chunk) => this.#receive(typeof chunk === 'string' ? chunk : chunk.toString());
    this.onEnd = () => {
      if (this.#buffer.length > 0) this.#emitLine(this.#buffer);
      this.#buffer = '';
      this.close();
    };
    this.input.on('data', this.onData);
    this.input.on('end', this.onEnd);
    if (typeof this.input.resume === 'function') this.input.resume();
  }

  #receive(text) {
    const parts = (this.#buffer + text).split(kLineSplit);
    this.#buffer = parts.pop();
    for (const line of parts) this.#emitLine(line);
  }

  #emitLine(line) {
    if (this.#paused) {
      this.#pending.push(line);
      return;
    }
    if (this.#questionCallback !== null) {
      const callback = this.#questionCallback;
      this.#questionCallback = null;
      callback(line);
      return;
    }
    this.emit('line', line);
  }

  getPrompt() {
    return this._prompt;
  }

  setPrompt(prompt) {
    this._prompt = `${prompt}`;
  }

  prompt() {
    if (this.closed) throw closedError();
    this.resume();
    if (this.output) this.output.write(this._prompt);
  }

  question(query, options, callback) {
    if (typeof options === 'function') callback = options;
    if (this.closed) throw closedError();
    validateFunction(callback, 'callback');
    if (this.#questionCallback !== null) {
      this.prompt();
      return;
    }
    this.#questionCallback = callback;
    if (this.output) this.output.write(`${query}`);
    this.resume();
  }

  write(data) {
    if (this.closed) throw closedError();
    if (typeof data === 'string') this.#receive(data);
  }

  pause() {
    if (this.#paused) return this;
    this.#paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.#paused) return this;
    this.#paused = false;
    this.emit('resume');
    const pending = this.#pending;
    this.#pending = [];
    for (const line of pending) this.#emitLine(line);
    return this;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.input.off?.('data', this.onData);
    this.input.off?.('end', this.onEnd);
    if (typeof this.input.pause === 'function') this.input.pause();
    this.emit('close');
  }

  [Symbol.asyncIterator]() {
    const lines = [];
    const waiting = [];
    let done = false;
    const flush = () => {
      while (waiting.length > 0 && (lines.length > 0 || done)) {
        const { resolve } = waiting.shift();
        resolve(lines.length > 0 ? { value: lines.shift(), done: false } : { value: undefined, done: true });
      }
    };
    this.on('line', (line) => { lines.push(line); flush(); });
    this.on('close', () => { done = true; flush(); });
    return {
      next: () => new Promise((resolve) => { waiting.push({ resolve }); flush(); }),
      return: () => {
        this.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

function closedError() {
  const err = new Error('readline was closed');
  err.code = 'ERR_USE_AFTER_CLOSE';
  return err;
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const CSI = '\x1b[';

function writeAndCall(stream, data, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  const data = typeof y !== 'number' ? `${CSI}${x + 1}G` : `${CSI}${y + 1};${x + 1}H`;
  return writeAndCall(stream, data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  let data = '';
  if (dx < 0) data += `${CSI}${-dx}D`;
  else if (dx > 0) data += `${CSI}${dx}C`;
  if (dy < 0) data += `${CSI}${-dy}A`;
  else if (dy > 0) data += `${CSI}${dy}B`;
  return writeAndCall(stream, data, callback);
}

function clearLine(stream, dir, callback) {
  const code = dir < 0 ? `${CSI}1K` : dir > 0 ? `${CSI}0K` : `${CSI}2K`;
  return writeAndCall(stream, code, callback);
}

function clearScreenDown(stream, callback) {
  return writeAndCall(stream, `${CSI}0J`, callback);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents: notImplemented('emitKeypressEvents'),
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('readline/promises'); },
});
