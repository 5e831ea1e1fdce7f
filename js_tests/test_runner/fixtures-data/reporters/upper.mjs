import { Transform } from 'node:stream';
// a stream class reporter (an ES module's default export): events in, text out
export default class Upper extends Transform {
  constructor() { super({ writableObjectMode: true }); }
  _transform({ type, data }, encoding, callback) {
    callback(null, type === 'test:pass' || type === 'test:fail' ? `${type.toUpperCase()} ${data.name}\n` : undefined);
  }
}
