// Every global that loads its module on first use (bootstrap.js lazyGlobals) is there and loads:
// its type, and for constructors their name, as node 24 has them.
const names = ['Buffer', 'atob', 'btoa', 'Blob', 'URL', 'URLSearchParams', 'URLPattern', 'TextEncoder', 'TextDecoder',
  'AbortController', 'AbortSignal', 'Event', 'EventTarget', 'CustomEvent', 'DOMException', 'performance',
  'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
  'PerformanceObserverEntryList', 'PerformanceResourceTiming', 'structuredClone', 'Intl', 'MessageChannel',
  'MessagePort', 'MessageEvent', 'BroadcastChannel', 'crypto', 'Navigator', 'File', 'Headers', 'Request', 'Response',
  'FormData', 'WebSocket', 'CloseEvent', 'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController', 'TransformStream',
  'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
  'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream',
  'DecompressionStream'];
for (const name of names) {
  const value = globalThis[name];
  console.log(name, typeof value, typeof value === 'function' ? value.name : '');
}
