// fs.readFileSync(0) reads all of stdin
const fs = require('fs');
const text = fs.readFileSync(0, 'utf8');
const lines = text.split('\n').filter(Boolean);
console.log(lines.length, JSON.stringify(lines));
