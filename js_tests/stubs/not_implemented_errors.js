// What noderun does not implement throws ERR_METHOD_NOT_IMPLEMENTED naming itself.
const cases = [
  ['vm', 'runInNewContext'], ['v8', 'serialize'], ['crypto', 'createCipheriv'],
  ['crypto', 'generateKeyPairSync'], ['crypto', 'sign'], ['repl', 'start'], ['domain', 'create'],
  ['inspector', 'open'], ['trace_events', 'createTracing'],
];
for (const [mod, name] of cases) {
  try {
    require(mod)[name]();
    console.log(mod, name, 'returned');
  } catch (e) {
    console.log(mod, name, e.name, e.code, e.message, e instanceof Error);
  }
}
for (const [mod, name] of [['crypto', 'KeyObject']]) {
  try {
    new (require(mod)[name])();
  } catch (e) {
    console.log(mod, `new ${name}`, e.code, e.message);
  }
}
crypto.subtle.encrypt().catch((e) => console.log('subtle.encrypt', e.code, e.message));
