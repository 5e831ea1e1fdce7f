'use strict';
// styleText validates text, options and stream before the format
const util = require('util');

const show = (...args) => {
  try {
    console.log(JSON.stringify(util.styleText(...args)));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
};
show('nope', 'x');
show(['red', 'nope'], 'x', { validateStream: false });
show('none', 'x', { validateStream: false }); // 'none' is a format that adds nothing
show('toString', 'x', { validateStream: false });
show(5, 'x');
show('red', 5);
show('nope', 5);
show('red', 'x', { validateStream: 'yes' });
show('red', 'x', { stream: {} });
show('red', 'x', { stream: null });
show('nope', 'x', { stream: 42 });
show('red', 'x', null);
