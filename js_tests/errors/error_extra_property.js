// an uncaught error with extra own properties shows them in the crash report
const e = new Error('with extra props');
e.code = 'E_MINE';
e.detail = 42;
throw e;
