// An object with handleEvent is a listener, called with `this` = the object; handleEvent is
// looked up at dispatch time.
const target = new EventTarget();
const listener = {
  name: 'obj',
  handleEvent(event) {
    console.log('handleEvent', this.name, event.type, this === listener);
  },
};
target.addEventListener('x', listener);
target.dispatchEvent(new Event('x'));
listener.handleEvent = function () { console.log('replaced', this.name); };
target.dispatchEvent(new Event('x'));
const late = {};
target.addEventListener('y', late);
late.handleEvent = () => console.log('added after registration');
target.dispatchEvent(new Event('y'));
target.removeEventListener('x', listener);
target.dispatchEvent(new Event('x'));
console.log('done');
