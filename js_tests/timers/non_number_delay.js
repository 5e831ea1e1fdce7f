// non-number delays are coerced with Number(); NaN, null, negative and undefined become 1ms
const order = [];
const log = (s) => () => order.push(s);
setTimeout(log('NaN string'), 'abc');
setTimeout(log('null'), null);
setTimeout(log('negative'), -10);
setTimeout(log('undefined'), undefined);
setTimeout(log('number 1'), 1);
setTimeout(log('number 50'), 50);
setTimeout(log('object valueOf 100'), { valueOf: () => 100 });
setTimeout(log('string "200"'), '200');
setTimeout(() => console.log(order.join(', ')), 300);
