// circular ESM imports: the dependency runs first, sees hoisted functions but TDZ for unset consts
import { aValue, aFn } from './helpers/cycle/a.mjs';
import { bValue } from './helpers/cycle/b.mjs';
console.log('main:', aValue, bValue, aFn());
