export { string } from './dep.mjs';
