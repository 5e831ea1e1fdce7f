const config = { debug: true };
export = config;
