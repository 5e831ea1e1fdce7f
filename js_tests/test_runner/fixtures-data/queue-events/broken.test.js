'use strict';
throw new Error('a file that fails on its own');
