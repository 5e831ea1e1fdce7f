'use strict';
// util.parseArgs (node 20): command-line arguments -> { values, positionals[, tokens] }.
// Three passes as node documents them: split the arguments into tokens (options, positionals, the
// '--' terminator), check and store the tokens, then fill in defaults. Option configs are read
// through own properties only, so Object.prototype cannot inject options.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const { validateArray, validateBoolean, validateObject, validateString } = require('internal/validators');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
// Arguments are normally strings; a non-string element is kept as a positional, as in node.
const charAt = (arg, index) => String.prototype.charAt.call(arg, index);
const startsWith = (arg, prefix) => String.prototype.startsWith.call(arg, prefix);
const slice = (arg, start, end) => String.prototype.slice.call(arg, start, end);

function ownValue(object, key) {
  return hasOwn(object, key) ? object[key] : undefined;
}

function optionSetting(options, longOption, key) {
  return hasOwn(options, longOption) ? ownValue(options[longOption], key) : undefined;
}

// The script's own arguments: after the executable and the script (after the executable for -e/-p).
function mainArgs() {
  const execArgv = process.execArgv;
  const evaluating = ['-e', '--eval', '-p', '--print'].some((flag) => execArgv.includes(flag));
  return process.argv.slice(evaluating ? 1 : 2);
}

// -- pass 0: the configuration --------------------------------------------------------------------

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
}

function validateArrayOf(type, value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== type) throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, type, value[i]);
  }
}

function validateOptionConfig(longOption, config) {
  const name = `options.${longOption}`;
  validateObject(config, name);
  const type = ownValue(config, 'type');
  validateUnion(type, `${name}.type`, ['string', 'boolean']);
  if (hasOwn(config, 'short')) {
    const short = config.short;
    validateString(short, `${name}.short`);
    if (short.length !== 1) throw new ERR_INVALID_ARG_VALUE(`${name}.short`, short, 'must be a single character');
  }
  const multiple = ownValue(config, 'multiple');
  if (hasOwn(config, 'multiple')) validateBoolean(multiple, `${name}.multiple`);
  const defaultValue = ownValue(config, 'default');
  if (defaultValue !== undefined) {
    if (multiple) validateArrayOf(type, defaultValue, `${name}.default`);
    else if (type === 'string') validateString(defaultValue, `${name}.default`);
    else validateBoolean(defaultValue, `${name}.default`);
  }
}

// -- pass 1: tokens -------------------------------------------------------------------------------

function longOptionForShort(short, options) {
  for (const [longOption, config] of Object.entries(options)) {
    if (ownValue(config, 'short') === short) return longOption;
  }
  return short;
}

function takesValue(options, longOption) {
  return optionSetting(options, longOption, 'type') === 'string';
}

// '-f' (one short option); '--foo' without '='; '--foo=bar'
const isLoneShortOption = (arg) => arg.length === 2 && charAt(arg, 0) === '-' && charAt(arg, 1) !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && startsWith(arg, '--') && !String.prototype.includes.call(arg, '=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && startsWith(arg, '--') && String.prototype.includes.call(arg, '=', 3);

// '-abc' of several short options, or '-fVALUE' when -f takes a value
function isShortOptionCluster(arg) {
  return arg.length > 2 && charAt(arg, 0) === '-' && charAt(arg, 1) !== '-';
}

// '-abfVALUE' -> '-a', '-b', '-fVALUE': a short option that takes a value ends the group
function expandShortGroup(arg, options) {
  const expanded = [];
  for (let i = 1; i < arg.length; i++) {
    const short = charAt(arg, i);
    if (!takesValue(options, longOptionForShort(short, options)) || i === arg.length - 1) {
      expanded.push(`-${short}`);
    } else {
      expanded.push(`-${slice(arg, i)}`);
      break;
    }
  }
  return expanded;
}

function tokenize(args, options) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  let expandedLeft = 0;   // arguments of an expanded short group share its index
  const option = (name, rawName, value, inlineValue) => {
    tokens.push({ kind: 'option', name, rawName, index, value, inlineValue });
  };
  // a string option takes the next argument as its value, whatever it looks like
  const takeNextValue = (longOption) => {
    if (!takesValue(options, longOption) || remaining[0] == null) return undefined;
    return remaining.shift();
  };

  while (remaining.length > 0) {
    const arg = remaining.shift();
    if (expandedLeft > 0) expandedLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }
    if (isLoneShortOption(arg)) {
      const longOption = longOptionForShort(charAt(arg, 1), options);
      const value = takeNextValue(longOption);
      option(longOption, arg, value, value === undefined ? undefined : false);
      if (value !== undefined) index++;
      continue;
    }
    if (isShortOptionCluster(arg)) {
      const longOption = longOptionForShort(charAt(arg, 1), options);
      if (takesValue(options, longOption)) {
        option(longOption, `-${charAt(arg, 1)}`, slice(arg, 2), true);
      } else {
        const expanded = expandShortGroup(arg, options);
        remaining.unshift(...expanded);
        expandedLeft = expanded.length;
      }
      continue;
    }
    if (isLoneLongOption(arg)) {
      const longOption = slice(arg, 2);
      const value = takeNextValue(longOption);
      option(longOption, arg, value, value === undefined ? undefined : false);
      if (value !== undefined) index++;
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const equals = arg.indexOf('=');
      const longOption = slice(arg, 2, equals);
      option(longOption, `--${longOption}`, slice(arg, equals + 1), true);
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// -- pass 2: strict checks and values -------------------------------------------------------------

function unknownOption(rawName, allowPositionals) {
  const hint = allowPositionals
    ? `. To specify a positional argument starting with a '-', place it at the end of the command ` +
      `after '--', as in '-- ${JSON.stringify(rawName)}`
    : '';
  return new ERR_PARSE_ARGS_UNKNOWN_OPTION(`Unknown option '${rawName}'${hint}`);
}

function checkOptionUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    const negated = config.allowNegative && startsWith(name, 'no-') ? slice(name, 3) : undefined;
    if (negated === undefined || optionSetting(config.options, negated, 'type') !== 'boolean') {
      throw unknownOption(token.rawName, config.allowPositionals);
    }
    name = negated;
  }
  const short = optionSetting(config.options, name, 'short');
  const spelled = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionSetting(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${spelled} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${spelled}' does not take an argument`);
  }
}

// '--port --verbose' with a string --port: the value looks like a forgotten argument
function checkOptionLikeValue(token) {
  const value = token.value;
  if (token.inlineValue || value == null || !(value.length > 1 && charAt(value, 0) === '-')) return;
  const example = startsWith(token.rawName, '--')
    ? `'${token.rawName}=-XYZ'`
    : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function storeOption(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && startsWith(name, 'no-') && value === undefined) {
    name = slice(name, 3);
    token.name = name;   // the token names the option it negates, as in node
    value = false;
  }
  value ??= true;   // an option without a value is stored as true, whatever its type
  if (optionSetting(options, name, 'multiple')) {
    if (values[name]) values[name].push(value);
    else values[name] = [value];
  } else {
    values[name] = value;
  }
}

function parseArgs(config = {}) {
  const args = ownValue(config, 'args') ?? mainArgs();
  const strict = ownValue(config, 'strict') ?? true;
  const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
  const returnTokens = ownValue(config, 'tokens') ?? false;
  const allowNegative = ownValue(config, 'allowNegative') ?? false;
  const options = ownValue(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [longOption, optionConfig] of Object.entries(options)) {
    validateOptionConfig(longOption, optionConfig);
  }

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  const checkConfig = { options, allowPositionals, allowNegative };
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(checkConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const [longOption, optionConfig] of Object.entries(options)) {
    const defaultValue = ownValue(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined && longOption !== '__proto__') {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
