// fs.globSync: which paths match, in node's order (a walk that visits the last-found directory first)
const fs = require('fs');
const { makeGlobTree } = require('./helpers/glob_tree');
process.chdir(makeGlobTree());
const patterns = ['**/*.js', '*', '**', 'a/**', 'a/**/', '**/', '*/', './a/*.js', 'a/../z.js', '{a,d}/**/*.js',
  'lnk/**', 'lnk/*', 'a/*/', '.*', 'a/.*/*', '**/.*', 'a/b/c/4.js', 'nope/*', '**/b/**', 'a/**/b/**/*.js',
  '**/node_modules/**', '[az]*', 'a/[0-9].*', '!(a)', '+(a|d)/**', '**/..', 'a/**/../*.js', '**/b/../*', './**',
  './*', 'a/./b/*', '.', 'a', 'a/', '**/*', '*/*/*', '**/{3,4}.js', 'a/b/c/', '**/e', '**/e/', '*.{js,txt}',
  'a//b/*', '**/**/c/**', 'a/**/*', 'x{a,b}'];
for (const pattern of patterns) console.log(JSON.stringify(pattern), JSON.stringify(fs.globSync(pattern)));
console.log(JSON.stringify(fs.globSync(['a/*.js', '*.js', 'a/*.js'])));
console.log(JSON.stringify(fs.globSync(`${process.cwd()}/a/*.js`).map((p) => p.slice(process.cwd().length))));
