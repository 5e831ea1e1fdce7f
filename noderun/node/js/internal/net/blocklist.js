'use strict';
// net.BlockList: rules (addresses, ranges, subnets) that block IP addresses. The rules live on the
// host (node/host_netaddr.py), by id, so that a BlockList cloned to another thread is the same
// list, as in node; the id is released when the BlockList is collected.

const { validateInt32, validateString } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { markAsCloneable, kClone } = require('internal/worker/marks');
const { SocketAddress, addressOf } = require('internal/net/socketaddress');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kId = Symbol('kId');
const collected = new FinalizationRegistry((id) => host.blockListRelease(id));

// A SocketAddress as it is, a string made one in `family` (which throws as the constructor does).
function toSocketAddress(value, name, family) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

class BlockList {
  static isBlockList(value) {
    return value?.[kId] !== undefined;
  }

  constructor() {
    adopt(this, host.blockListNew());
  }

  addAddress(address, family = 'ipv4') {
    const [text, number] = addressOf(toSocketAddress(address, 'address', family));
    host.blockListAddAddress(this[kId], text, number);
  }

  addRange(start, end, family = 'ipv4') {
    start = toSocketAddress(start, 'start', family);
    end = toSocketAddress(end, 'end', family);
    if (!host.blockListAddRange(this[kId], ...addressOf(start), ...addressOf(end))) {
      throw new ERR_INVALID_ARG_VALUE('start', start, 'must come before end');
    }
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toSocketAddress(network, 'network', family);
    validateInt32(prefix, 'prefix', 0, network.family === 'ipv4' ? 32 : 128);
    host.blockListAddSubnet(this[kId], ...addressOf(network), prefix);
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        return false;   // not an address of that family: not blocked
      }
    }
    return host.blockListCheck(this[kId], ...addressOf(address));
  }

  toJSON() {
    return this.rules;
  }

  // Rules as `rules` lists them (an array of strings, or its JSON); a line that reads as none is
  // skipped, one that reads as a rule is added as addAddress/addRange/addSubnet would (and throws
  // as they do).
  fromJSON(data) {
    if (typeof data === 'string') data = JSON.parse(data);
    if (!Array.isArray(data) || data.some((line) => typeof line !== 'string')) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
    }
    for (const line of data) addRuleLine(this, line);
  }

  get rules() {
    return host.blockListRules(this[kId]);
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  [kClone]() {
    host.blockListSend(this[kId]);   // the list stays until the clone is attached
    return { data: { id: this[kId] }, deserializeInfo: 'internal/net/blocklist:fromClone' };
  }
}

function adopt(blockList, id) {
  blockList[kId] = id;
  collected.register(blockList, id);
  markAsCloneable(blockList);
  return blockList;
}

function fromClone({ id }) {
  const blockList = Object.create(BlockList.prototype);
  if (!host.blockListAttach(id)) return adopt(blockList, host.blockListNew());   // (cannot happen while in flight)
  return adopt(blockList, id);
}

// One line of `rules`: the shapes node reads back (an IPv4 part is dotted decimal; an IPv6 part is
// hex digits and colons, its family word in any case).
const v4 = '(\\d{1,3}(?:\\.\\d{1,3}){3})';
const v6 = '([0-9a-fA-F:]{1,39})';
const ruleShapes = [
  ['IPv4', new RegExp(`Subnet: IPv4 ${v4}\\/(\\d{1,2})`), (list, [, net, prefix]) => list.addSubnet(net, Number.parseInt(prefix))],
  ['IPv4', new RegExp(`Address: IPv4 ${v4}`), (list, [, address]) => list.addAddress(address)],
  ['IPv4', new RegExp(`Range: IPv4 ${v4}-${v4}`), (list, [, start, end]) => list.addRange(start, end)],
  ['IPv6', new RegExp(`Subnet: IPv6 ${v6}\\/([0-9]{1,3})`, 'i'), (list, [, net, prefix]) => list.addSubnet(net, Number.parseInt(prefix), 'ipv6')],
  ['IPv6', new RegExp(`Address: IPv6 ${v6}`, 'i'), (list, [, address]) => list.addAddress(address, 'ipv6')],
  ['IPv6', new RegExp(`Range: IPv6 ${v6}-${v6}`, 'i'), (list, [, start, end]) => list.addRange(start, end, 'ipv6')],
];

function addRuleLine(blockList, line) {
  for (const [word, shape, add] of ruleShapes) {
    if (!line.includes(word)) continue;
    const match = shape.exec(line);
    if (match) {
      add(blockList, match);
      return;
    }
  }
}

module.exports = { BlockList, fromClone };
