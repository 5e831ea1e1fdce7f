// Class modifiers, abstract classes, `implements`, index signatures, declared and optional fields,
// overloads and `this` parameters are erased; fields that keep a value stay.
interface Named { readonly name: string }

abstract class Animal implements Named {
  [key: string]: unknown;
  declare readonly kind: string;
  protected abstract sound(): string;
  public readonly name: string;
  private static count: number = 0;
  legs?: number;
  tag!: string;

  constructor(name: string);
  constructor(name: string, legs?: number) {
    this.name = name;
    this.legs = legs;
    Animal.count++;
  }

  public speak(this: Animal, times: number = 1): string {
    return `${this.name} says ${this.sound().repeat(times)}`;
  }

  static get created(): number { return Animal.count; }
}

class Dog extends Animal {
  protected override sound(): string { return 'woof'; }
  private [Symbol.toStringTag]?: string = 'Dog';
}

class Box<T> {
  #value: T;
  constructor(value: T) { this.#value = value; }
  map<U>(fn: (v: T) => U): Box<U> { return new Box<U>(fn(this.#value)); }
  get value(): T { return this.#value; }
}

const dog = new Dog('Rex', 4);
console.log(dog.speak(2), Animal.created, Object.keys(dog));
console.log(new Box<number>(20).map<string>((n: number): string => `#${n + 1}`).value);
console.log(String(dog), dog instanceof Animal);
console.log(Dog.toString());
