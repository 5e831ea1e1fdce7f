// Interfaces, type aliases, generics, annotations and expression-level types are erased; what is
// left runs as JavaScript with every position kept (a function's source shows the blanks).
interface Point { x: number; y: number }
type Pair<T> = [T, T];
type Handler = (p: Point) => void;

function midpoint<T extends Point>(a: T, b: T): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

function first<T>(pair: Pair<T>, fallback?: T): T | undefined {
  return pair[0] ?? fallback;
}

function over(value: string): string;
function over(value: number): number;
function over(value: any): any { return value; }

declare const neverDefined: number;
declare function alsoNever(): void;

let definite!: number;
definite = 3;
const settings = { depth: 2, name: 'grid' } satisfies Record<string, unknown>;
const maybe: string | undefined = 'here';
const length = maybe!.length;
const asserted = (settings as { depth: number }).depth;
const literal = ['a', 'b'] as const;
const handler: Handler = (p: Point): void => { console.log('handled', p.x); };

console.log(midpoint<Point>({ x: 0, y: 0 }, { x: 4, y: 2 }));
console.log(first<number>([7, 8]), over('s'), over(2));
console.log(definite, settings, length, asserted, literal);
handler({ x: 1, y: 2 });
console.log(typeof neverDefined === 'undefined' ? 'declare erased' : 'kept');
console.log(midpoint.toString());
console.log(process.features.typescript);
