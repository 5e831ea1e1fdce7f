import './side_effect.mjs';
import { late } from './tla.mjs';
export const deep = late;
