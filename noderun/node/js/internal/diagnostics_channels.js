'use strict';
// The channels of node:diagnostics_channel by name, in a module of their own so that builtins
// that publish (console) can look a channel up without loading node:diagnostics_channel: a
// channel nobody asked for does not exist, and then there is nothing to publish.

const channels = new Map();

// The channel `name` when it has subscribers, else undefined.
function activeChannel(name) {
  const channel = channels.get(name);
  return channel?.hasSubscribers ? channel : undefined;
}

module.exports = { channels, activeChannel };
