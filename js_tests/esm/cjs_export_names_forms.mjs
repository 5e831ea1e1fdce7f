// Named exports of CommonJS modules as node's lexer finds them: any string name (spaces, non-ASCII,
// reserved words, escapes decoded; a lone surrogate left out), 'module.exports' always the real
// module.exports, and whole-module re-exports as Babel and TypeScript write them.
import * as strings from './helpers/cjs_forms/strings.js';
import * as babel from './helpers/cjs_forms/babel_star.js';
import * as ts from './helpers/cjs_forms/ts_star.js';
import { 'π' as pi, package as pkg } from './helpers/cjs_forms/strings.js';

console.log(Object.keys(strings));
console.log(strings['with space'], strings['\u{1F310}'], strings['tab\there'], pi, pkg, strings.defined);
console.log(strings['module.exports'] === strings.default);
console.log(Object.keys(babel));
console.log(babel.own, babel['π'], babel.__esModule);
console.log(Object.keys(ts));
console.log(ts.fromTs, ts.package);
