// The web classes' shape as node 24 has it: constructor lengths, prototype members and their order, statics, toStringTag.
const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream', 'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'Headers', 'Request', 'Response', 'FormData', 'File', 'Blob', 'CustomEvent', 'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure'];
for (const n of names) {
  const C = globalThis[n];
  console.log(n, C.length, Object.getOwnPropertyNames(C.prototype).join(','), '|', Object.keys(C.prototype).join(','), '|', Object.getOwnPropertyNames(C).join(','), '|', Object.prototype.toString.call(C.prototype));
}
