// refresh() returns the same timer and re-arms it even after it already fired
let count = 0;
const t = setTimeout(() => {
  count++;
  console.log('fired', count);
  if (count < 3) console.log(t.refresh() === t);
}, 1);
