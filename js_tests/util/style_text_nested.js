// styleText around text already styled: the outer format is turned on again after a nested end
// code (22, which ends bold and dim alike, stays and is followed by the format), not at the end
const util = require('util'); const o = { validateStream: false };
const j = (x) => console.log(JSON.stringify(x));
j(util.styleText('red', 'a\x1b[39mb', o));
j(util.styleText('red', 'a\x1b[39m', o));
j(util.styleText('red', '\x1b[39m', o));
j(util.styleText('red', '\x1b[39mb', o));
j(util.styleText('bold', 'a\x1b[22mb', o));
j(util.styleText('bold', 'a\x1b[22m', o));
j(util.styleText('dim', 'a\x1b[22mb', o));
j(util.styleText('underline', 'a\x1b[24mb', o));
j(util.styleText('italic', 'a\x1b[23mb', o));
j(util.styleText('bgRed', 'a\x1b[49mb', o));
j(util.styleText(['red', 'bold'], 'a\x1b[39mb\x1b[22mc', o));
j(util.styleText('red', 'a\x1b[0mb', o));
j(util.styleText('reset', 'a\x1b[0mb', o));
j(util.styleText('red', 'a\x1b[39m\x1b[39mb', o));
j(util.styleText('inverse', 'a\x1b[27mb', o));
j(util.styleText('strikethrough', 'a\x1b[29mb', o));
j(util.styleText('doubleunderline', 'a\x1b[24mb', o));
j(util.styleText('framed', 'a\x1b[54mb', o));
j(util.styleText('overlined', 'a\x1b[55mb', o));
j(util.styleText('blink', 'a\x1b[25mb', o));
j(util.styleText('hidden', 'a\x1b[28mb', o));
j(util.styleText('gray', 'a\x1b[39mb', o));
j(util.styleText('none', 'a\x1b[39mb', o));
j(util.styleText('blue', 'blue' + util.styleText('red', 'red' + util.styleText('green', 'green', o) + 'red', o) + 'blue', o));
j(util.styleText('red', 'a\x1b[39mb'));   // stdout is a pipe: plain, untouched
