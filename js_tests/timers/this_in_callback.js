// inside a function callback, `this` is the Timeout / Immediate object
const t = setTimeout(function () {
  console.log('timeout this is timer', this === t);
  const im = setImmediate(function () {
    console.log('immediate this is immediate', this === im);
  });
}, 1);
