// util.parseEnv: node's .env format, keys sorted, a later duplicate wins
const { parseEnv } = require('util');
const text = [
  'Z=last key', 'A=first', 'A=again', '  SPACED  =  value  ', 'export EXPORTED=1', 'exportNOT=2',
  'COMMENT=value # comment', 'HASH="in # quotes"', 'EMPTY=', "EMPTY_QUOTES=''", 'EQ=a=b=c',
  'ESC="tab\\t newline\\n backslash\\\\n"', "RAW='no\\nexpansion'", 'UNCLOSED="open', 'AFTER=closed',
  'MULTI=`one', 'two`', 'NO_EQUALS_LINE', '=no key', 'CRLF=yes\r', 'TAIL="quoted" ignored',
  '# COMMENTED=out', 'ÜNICODE=ü',
].join('\n');
console.log(parseEnv(text));
console.log(parseEnv(''), Object.getPrototypeOf(parseEnv('A=1')) === Object.prototype, parseEnv.length);
for (const bad of [undefined, 1, Buffer.from('A=1')]) {
  try {
    parseEnv(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
