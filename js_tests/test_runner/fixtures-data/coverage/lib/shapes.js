'use strict';
class Shape {
  constructor(kind) {
    this.kind = kind;
  }

  area() {
    switch (this.kind) {
      case 'square':
        return 4;
      case 'circle': {
        return 3;
      }
      default:
        throw new Error('unknown');
    }
  }

  get label() {
    return this.kind.toUpperCase();
  }

  static make(kind) {
    return new Shape(kind);
  }
}

function describe(value) {
  if (typeof value !== 'number') {
    return 'nan';
  }
  const sign = value < 0 ? 'negative' : 'positive';
  let steps = 0;
  for (let i = 0; i < 3; i++) {
    if (i === value) break;
    steps++;
  }
  try {
    JSON.parse(value > 100 ? '{' : '1');
  } catch (error) {
    steps = -1;
  }
  const name = value === 0 && 'zero';
  return `${sign} ${steps} ${name || 'other'}`;
}

async function later(flag = false) {
  await null;
  if (flag) {
    return 'yes';
  }
  return 'no';
}

const helpers = {
  double(x) { return x * 2; },
  triple: (x) => x * 3,
  nested() {
    function inner() {
      return 1;
    }
    return 0;
  },
};

function outerNeverCalled() {
  function innerNeverSeen() {
    return 2;
  }
  return innerNeverSeen;
}

let n = 0;
while (n < 2) n++;
do {
  n--;
} while (n > 5);

module.exports = { Shape, describe, later, helpers, outerNeverCalled };
