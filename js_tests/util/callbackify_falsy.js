'use strict';
// a rejection with a falsy reason is wrapped in ERR_FALSY_VALUE_REJECTION carrying .reason
const util = require('util');

const reasons = [0, '', null, undefined, false, NaN, 0n];
let chain = Promise.resolve();
for (const reason of reasons) {
  chain = chain.then(() => new Promise((resolve) => {
    util.callbackify(() => Promise.reject(reason))((err) => {
      console.log(typeof reason, String(reason), '->', err.name, err.code, err.message,
        Object.is(err.reason, reason), Object.keys(err), 'reason' in err);
      resolve();
    });
  }));
}
chain.then(() => {
  util.callbackify(() => Promise.reject('truthy'))((err) => {
    console.log('truthy kept', err);
  });
});
