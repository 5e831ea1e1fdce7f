'use strict';
// node:perf_hooks: the names node exports, from internal/perf (which also gives the global).

const perf = require('internal/perf');

module.exports = {
  Performance: perf.Performance,
  PerformanceEntry: perf.PerformanceEntry,
  PerformanceMark: perf.PerformanceMark,
  PerformanceMeasure: perf.PerformanceMeasure,
  PerformanceObserver: perf.PerformanceObserver,
  PerformanceObserverEntryList: perf.PerformanceObserverEntryList,
  PerformanceResourceTiming: perf.PerformanceResourceTiming,
  monitorEventLoopDelay: perf.monitorEventLoopDelay,
  // node 24 also exports these two performance methods (the same functions; they use no `this`)
  eventLoopUtilization: perf.performance.eventLoopUtilization,
  timerify: perf.performance.timerify,
  createHistogram: perf.createHistogram,
  performance: perf.performance,
  constants: perf.constants,
};
