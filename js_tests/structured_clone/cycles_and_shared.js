// cycles and shared references survive a clone
const shared = { s: 1 };
const root = { left: shared, right: shared, list: [shared] };
root.self = root;
root.list.push(root.list);
const copy = structuredClone(root);
console.log(copy.self === copy, copy.left === copy.right, copy.list[0] === copy.left, copy.list[1] === copy.list);
console.log(copy !== root, copy.left !== shared);
const m = new Map();
m.set('me', m);
const mc = structuredClone(m);
console.log(mc.get('me') === mc);
