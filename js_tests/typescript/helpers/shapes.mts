export interface Shape { kind: string; area(): number }
export type Kind = 'circle' | 'square';
export const PI: number = 3.14;
export function circle(r: number): Shape {
  return { kind: 'circle' satisfies Kind, area: (): number => PI * r * r };
}
export default class Square implements Shape {
  kind: Kind = 'square';
  constructor(side: number) { this.side = side; }
  side: number;
  area(): number { return this.side ** 2; }
}
