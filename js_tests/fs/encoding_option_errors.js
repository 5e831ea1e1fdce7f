// Options that are neither string nor object, unknown encodings and unknown flags
const fs = require('fs');
const { at, cleanup, attempt } = require('./helpers/tmp');

fs.writeFileSync(at('f'), 'x');
attempt('encoding name', () => fs.readFileSync(at('f'), 'utf9'));
attempt('encoding property', () => fs.readFileSync(at('f'), { encoding: 'klingon' }));
attempt('options number', () => fs.readFileSync(at('f'), 5));
attempt('options boolean', () => fs.writeFileSync(at('f'), 'x', true));
attempt('flag', () => fs.readFileSync(at('f'), { flag: 'read' }));
attempt('readdir encoding', () => fs.readdirSync(at(), 'nope'));
attempt('case-insensitive', () => fs.readFileSync(at('f'), 'UTF-8'));
attempt('binary is latin1', () => fs.readFileSync(at('f'), 'binary'));
attempt('null encoding', () => fs.readFileSync(at('f'), { encoding: null }).length);
cleanup();
