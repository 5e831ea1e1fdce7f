'use strict';
// A bounded pool of reusable objects (node's internal/freelist), used for HTTP parsers.

class FreeList {
  constructor(name, max, ctor) {
    this.name = name;
    this.ctor = ctor;
    this.max = max;
    this.list = [];
  }

  hasItems() {
    return this.list.length > 0;
  }

  alloc() {
    return this.list.length > 0 ? this.list.pop() : this.ctor.apply(this, arguments);
  }

  // false when the pool is full: the caller then disposes of the object itself
  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  }
}

module.exports = FreeList;
