// node looks for --env-file in the whole command line up to `--`, after the script name too
console.log(process.env.ONLY_OVERRIDE, process.argv.slice(2));
