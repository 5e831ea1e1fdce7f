'use strict';
// util.getCallSites(frameCount, options): the caller's stack as plain objects. QuickJS-ng hands
// structured call sites to Error.prepareStackTrace, as V8 does; they are read here and given V8's
// shape. V8's scriptId numbers its scripts in the order it compiled them; the ids here number the
// files in the order they first appear in a getCallSites result (the values differ from node's).

const { validateNumber, validateObject, validateBoolean } = require('internal/validators');
const { siteColumn, isCjsWrapperSite } = require('internal/process/execution');

const scriptIds = new Map();

function scriptIdOf(name) {
  let id = scriptIds.get(name);
  if (id === undefined) {
    id = `${scriptIds.size + 1}`;
    scriptIds.set(name, id);
  }
  return id;
}

// The engine's call sites above `callee`, `count` of them at most.
function captureSites(callee, count) {
  const holder = {};
  const { prepareStackTrace, stackTraceLimit } = Error;
  Error.prepareStackTrace = (error, sites) => sites;
  // native frames (Function.prototype.call, Array.prototype.map) are not shown and take no place
  Error.stackTraceLimit = count + 16;
  try {
    Error.captureStackTrace(holder, callee);
    return holder.stack;
  } finally {
    Error.prepareStackTrace = prepareStackTrace;
    Error.stackTraceLimit = stackTraceLimit;
  }
}

function toCallSite(site) {
  let scriptName = site.getFileName();
  let functionName = site.getFunctionName() ?? '';
  if (functionName === '<eval>') functionName = scriptName === '<input>' ? 'eval' : '';
  if (scriptName === '<input>') scriptName = '';   // code given to eval() has no script name
  if (isCjsWrapperSite(site)) functionName = '';
  const lineNumber = site.getLineNumber();
  const column = siteColumn(scriptName, lineNumber, site.getColumnNumber());
  return {
    __proto__: null,
    functionName,
    scriptId: scriptIdOf(scriptName),
    scriptName,
    lineNumber,
    columnNumber: column,
    column,
  };
}

function getCallSites(frameCount = 10, options = undefined) {
  if (options === undefined) {
    if (typeof frameCount === 'object') {
      options = frameCount;
      frameCount = 10;
    } else {
      options = {};
    }
  }
  validateNumber(frameCount, 'frameCount', 1, 200);
  validateObject(options, 'options');
  // a source map never applies here: noderun runs no transpiled code that carries one
  if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  const result = [];
  frameCount = Math.floor(frameCount);   // V8 takes the whole number of frames
  for (const site of captureSites(getCallSites, frameCount)) {
    if (site.isNative() || !site.getFileName()) continue;
    result.push(toCallSite(site));
    if (result.length === frameCount) break;
  }
  return result;
}

module.exports = { getCallSites };
