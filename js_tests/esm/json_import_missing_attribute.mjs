// A static import of JSON without `with { type: 'json' }` fails before the module runs.
import data from './helpers/good_data.json';
console.log('not reached', data);
