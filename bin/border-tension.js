#!/usr/bin/env node

// The CLI is TypeScript; tsx compiles it on the fly so a fresh `npm ci` needs no build step.
require('tsx/cjs');
require('../cli/main.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
