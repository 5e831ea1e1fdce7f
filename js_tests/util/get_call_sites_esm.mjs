// util.getCallSites in an ES module: scriptName is the module's file: URL
import { getCallSites } from 'node:util';
function f() { return getCallSites(2); }
const [a, b] = f();
console.log(a.functionName, a.scriptName === import.meta.url, a.lineNumber, a.column, b.functionName, b.lineNumber, b.column);
