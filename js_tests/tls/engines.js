// OpenSSL engines: clientCertEngine / privateKeyEngine are loaded as node loads them (by id, else as
// a shared library through the dynamic engine); what fails is OpenSSL's error, with the rest of
// OpenSSL's error queue as opensslErrorStack.
const tls = require('tls');

for (const options of [
  { clientCertEngine: 'no-such-engine-here' },
  { privateKeyEngine: 'no-such-engine-here', privateKeyIdentifier: 'key' },
  { clientCertEngine: 'dynamic' },
  { clientCertEngine: 0 },
  { privateKeyIdentifier: 'key' },
  { privateKeyEngine: 'dynamic' },
]) {
  try {
    tls.createSecureContext(options);
    console.log(JSON.stringify(options), 'accepted');
  } catch (error) {
    const stack = error.opensslErrorStack;
    console.log(JSON.stringify(options), error.name, error.code, error.message.replace(/^error:[0-9A-F]+:/, ''),
                Array.isArray(stack) && stack.length > 0);
  }
}
