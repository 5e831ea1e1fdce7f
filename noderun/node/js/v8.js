'use strict';
// node:v8: heap statistics in V8's shape, filled from the engine's memory usage (QuickJS has one
// heap and no code space: the other fields are plausible constants). Serialization, snapshots,
// coverage and profiling are not implemented.

const { notImplemented, notImplementedClass } = require('internal/not_implemented');

// QuickJS has one heap, not V8's generations and spaces: its figures stand for the whole heap
// (old_space, in the space list) and the other spaces are empty. The limit is the runtime's (a
// worker's resourceLimits), else the figure node reports on this machine.
const kDefaultHeapLimit = 4345298944;
const kSpaceNames = [
  'read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space', 'new_large_object_space',
  'large_object_space', 'code_large_object_space', 'shared_large_object_space',
];

function getHeapStatistics() {
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
  const limit = host.heapLimit() || kDefaultHeapLimit;
  return {
    total_heap_size: heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: heapTotal,
    total_available_size: Math.max(0, limit - heapUsed),
    used_heap_size: heapUsed,
    heap_size_limit: limit,
    malloced_memory: Math.max(0, rss - heapTotal),
    peak_malloced_memory: Math.max(0, rss - heapTotal),
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: external,
  };
}

function getHeapSpaceStatistics() {
  const { heapTotal, heapUsed } = process.memoryUsage();
  return kSpaceNames.map((name) => {
    const size = name === 'old_space' ? heapTotal : 0;
    const used = name === 'old_space' ? heapUsed : 0;
    return {
      space_name: name,
      space_size: size,
      space_used_size: used,
      space_available_size: Math.max(0, size - used),
      physical_space_size: size,
    };
  });
}

function getHeapCodeStatistics() {
  return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
}

module.exports = {
  cachedDataVersionTag() { return 0; },
  getHeapSnapshot: notImplemented('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString() {},
  Serializer: notImplementedClass('Serializer'),
  Deserializer: notImplementedClass('Deserializer'),
  DefaultSerializer: notImplementedClass('DefaultSerializer'),
  DefaultDeserializer: notImplementedClass('DefaultDeserializer'),
  deserialize: notImplemented('deserialize'),
  takeCoverage: notImplemented('takeCoverage'),
  stopCoverage: notImplemented('stopCoverage'),
  serialize: notImplemented('serialize'),
  writeHeapSnapshot: notImplemented('writeHeapSnapshot'),
  promiseHooks: {
    onInit: notImplemented('promiseHooks.onInit'),
    onSettled: notImplemented('promiseHooks.onSettled'),
    onBefore: notImplemented('promiseHooks.onBefore'),
    onAfter: notImplemented('promiseHooks.onAfter'),
    createHook: notImplemented('promiseHooks.createHook'),
  },
  queryObjects: notImplemented('queryObjects'),
  startupSnapshot: {
    addSerializeCallback: notImplemented('startupSnapshot.addSerializeCallback'),
    addDeserializeCallback: notImplemented('startupSnapshot.addDeserializeCallback'),
    setDeserializeMainFunction: notImplemented('startupSnapshot.setDeserializeMainFunction'),
    isBuildingSnapshot() { return false; },
  },
  setHeapSnapshotNearHeapLimit() {},
  GCProfiler: notImplementedClass('GCProfiler'),
};
