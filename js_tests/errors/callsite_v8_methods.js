'use strict';
// The V8 CallSite methods packages call on Error.prepareStackTrace's sites (depd, which express
// loads, reads isEval / getEvalOrigin / getThis / getTypeName of its callers' sites).
function sitesHere() {
  const prepare = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, sites) => sites;
  const holder = {};
  Error.captureStackTrace(holder, sitesHere);
  const sites = holder.stack;
  Error.prepareStackTrace = prepare;
  return sites;
}
function strictCaller() { return sitesHere()[0]; }
const site = strictCaller();
console.log('function', site.getFunctionName(), 'line', site.getLineNumber());
console.log('isEval', site.isEval(), 'evalOrigin', site.getEvalOrigin());
console.log('this', site.getThis(), 'typeName', site.getTypeName(), 'methodName', site.getMethodName());
console.log('script', site.getScriptNameOrSourceURL() === __filename);
console.log('toString', String(site).replace(__filename, 'FILE'));
const evalSite = eval('sitesHere()[0]');
console.log('eval isEval', evalSite.isEval(), typeof evalSite.getEvalOrigin());
const fnSite = new Function('sitesHere', 'return sitesHere()[0]')(sitesHere);
console.log('Function isEval', fnSite.isEval());
const obj = { method() { 'use strict'; return sitesHere()[0]; } };
const methodSite = obj.method();
console.log('method', methodSite.getFunctionName(), methodSite.isEval());
