// util.getCallSites: the caller's frames, V8's shape (scriptId is an engine-given id: checked by kind)
const util = require('util');
const path = require('path');
const { sitesFromHere } = require('./helpers/call_sites_other');

function show(sites) {
  return sites.map(({ scriptId, scriptName, ...rest }) =>
    ({ ...rest, scriptName: path.relative(__dirname, scriptName), idIsDigits: /^\d+$/.test(scriptId) }));
}

function inner() { return util.getCallSites(3); }
function outer() { return inner(); }
console.log(show(outer()));
console.log(show(util.getCallSites(1)));
const sites = outer();
console.log(Object.keys(sites[0]), Object.getPrototypeOf(sites[0]));
console.log(sites[0].scriptId === sites[1].scriptId);
class K { m() { return util.getCallSites(1); } }
console.log(show(new K().m()));
const arrow = () => util.getCallSites(1);
console.log(show(arrow()));
[1].map((n) => console.log(show(util.getCallSites(2))));
const [there, here] = sitesFromHere();
console.log(show([there, here]), there.scriptId !== here.scriptId);
console.log(util.getCallSites(2, { sourceMap: false }).length, util.getCallSites({})[0].functionName);
console.log(util.getCallSites(2.7).length, util.getCallSites(1.2).length);   // a fraction of a frame is dropped
Error.stackTraceLimit = 0;   // getCallSites does not depend on it
console.log(show(util.getCallSites(1)));
Error.stackTraceLimit = 10;
for (const bad of [[0], [0.5], [201], [-1], ['1'], [[]], [{}, {}], [1, 1], [1, null], [1, { sourceMap: 1 }]]) {
  try {
    util.getCallSites(...bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
