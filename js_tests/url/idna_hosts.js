// Non-ASCII host names go through IDNA: mapping (case, compatibility forms, ignored characters),
// punycode, and the labels that are rejected.
const url = require('url');
const hosts = ['münchen.de', 'MÜNCHEN.DE', 'faß.de', 'βόλος.com', 'ＥＸＡＭＰＬＥ．ｃｏｍ', 'a。b', 'xn--mnchen-3ya.de',
  '☃.net', 'a\u00adb', 'a\u200bb', 'Ⅻ.com', '😀.ws', 'xn--a', 'xn--ls8h', 'a\ufffdb', 'a\u0080b', 'ex%C3%A4mple.org',
  '\u2488x', 'xn--zca.xn--zca', 'ẞ.com'];
for (const host of hosts) {
  let parsed;
  try {
    parsed = new URL(`https://${host}/`).hostname;
  } catch (err) {
    parsed = err.code;
  }
  console.log(JSON.stringify(host), parsed, JSON.stringify(url.domainToASCII(host)), JSON.stringify(url.domainToUnicode(host)));
}
