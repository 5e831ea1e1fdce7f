// requiring malformed JSON throws a SyntaxError whose message starts with the file path
const path = require('path');
try {
  require('./helpers/bad.json');
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
  console.log(e.message.startsWith(path.join(__dirname, 'helpers', 'bad.json') + ':'));
}
