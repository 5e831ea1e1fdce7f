// DOMException: legacy codes for the standard names, 0 for others, and the constants on the class
// and its prototype.
const names = ['IndexSizeError', 'HierarchyRequestError', 'InvalidCharacterError', 'NotFoundError', 'NotSupportedError',
  'InvalidStateError', 'SyntaxError', 'NamespaceError', 'SecurityError', 'NetworkError', 'AbortError',
  'URLMismatchError', 'QuotaExceededError', 'TimeoutError', 'DataCloneError', 'EncodingError', 'NotAllowedError', 'Custom'];
for (const name of names) {
  const e = new DOMException('msg', name);
  console.log(name, e.code);
}
console.log(DOMException.ABORT_ERR, DOMException.DATA_CLONE_ERR, DOMException.INVALID_CHARACTER_ERR, DOMException.TIMEOUT_ERR,
  DOMException.prototype.INUSE_ATTRIBUTE_ERR, DOMException.DOMSTRING_SIZE_ERR, DOMException.URL_MISMATCH_ERR);
console.log(Object.getOwnPropertyNames(DOMException).length, Object.keys(DOMException.prototype).length);
console.log(Object.getOwnPropertyDescriptor(DOMException, 'ABORT_ERR'));
