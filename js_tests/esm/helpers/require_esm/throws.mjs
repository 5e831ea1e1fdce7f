console.log('throws.mjs evaluated');
throw new RangeError('thrown at evaluation');
