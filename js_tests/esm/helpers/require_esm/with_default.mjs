export default class Point {}
export const x = 1;
export let counter = 0;
export function bump() { counter += 1; }
