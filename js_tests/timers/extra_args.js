// setTimeout/setInterval/setImmediate pass extra arguments to the callback
setTimeout((a, b, c) => {
  console.log('timeout', a, b, c);
  setImmediate((x, y) => {
    console.log('immediate', x, y);
    const iv = setInterval((z) => {
      console.log('interval', z);
      clearInterval(iv);
      setTimeout(function () { console.log('no args', arguments.length); }, 1);
    }, 1, 'z');
  }, 'y', null);
}, 1, 'x', 2, true);
