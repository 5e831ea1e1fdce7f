'use strict';
// node's internal/http: what the http modules share (and node's tests reach with
// --expose-internals): the outgoing header map's key, the drain flag, the Date header's value.

const { utcDate } = require('internal/http/date');

module.exports = {
  kOutHeaders: Symbol('kOutHeaders'),
  kNeedDrain: Symbol('kNeedDrain'),
  utcDate,
};
