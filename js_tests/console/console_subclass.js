// A Console subclass: its own methods override Console's, and the instance binds the override.
const { Console } = console;
class MyConsole extends Console {
  hello() {}
  log(...args) { return `overridden ${args.length}`; }
}
const mine = new MyConsole(process.stdout);
console.log(typeof mine.hello, mine instanceof Console, mine.log(1, 2));
const { log, warn } = mine;
console.log(log(), log.name, Object.hasOwn(mine, 'log'), typeof warn);
mine.info('info still', 'prints');
