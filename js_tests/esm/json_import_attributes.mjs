// JSON modules need `with { type: 'json' }` (node 24); the attribute on anything else, or another
// type, is refused with node's errors; JSON that does not parse fails with V8's message.
import data from './helpers/good_data.json' with { type: 'json' };
import * as ns from './helpers/good_data.json' with { type: 'json' };
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dir = path.dirname(fileURLToPath(import.meta.url));
const show = (label, err) => console.log(label, err.name, err.code, err.message.replaceAll(dir, '<dir>'));

console.log(data, Object.keys(ns), ns.default === data);
const again = await import('./helpers/good_data.json', { with: { type: 'json' } });
console.log(again.default === data);
try { await import('./helpers/good_data.json'); } catch (err) { show('no attribute:', err); }
try { await import('./helpers/lib.mjs', { with: { type: 'json' } }); } catch (err) { show('not JSON:', err); }
try { await import('./helpers/good_data.json', { with: { type: 'css' } }); } catch (err) { show('css:', err); }
try { await import('node:fs', { with: { type: 'json' } }); } catch (err) { show('builtin:', err); }
try { await import('./helpers/bad_data.json', { with: { type: 'json' } }); } catch (err) { show('bad JSON:', err); }
try { createRequire(import.meta.url)('./helpers/bad_data.json'); } catch (err) { show('require bad JSON:', err); }
const viaData = await import('data:application/json,{"from":"data"}', { with: { type: 'json' } });
console.log(viaData.default);
try { await import('data:application/json,[1,', { with: { type: 'json' } }); } catch (err) { show('bad data: JSON:', err); }
