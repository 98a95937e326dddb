/** Jest runs TypeScript through SWC: fast, and no type-check here (tsc runs separately in `npm test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2023' } }],
  },
  // linkedom (under Readability) depends on ESM-only packages; SWC turns them into CommonJS for Jest.
  transformIgnorePatterns: [
    '/node_modules/(?!(css-select|boolbase|css-what|domhandler|domelementtype|domutils|dom-serializer|entities|nth-check|cssomnom|html-escaper|htmlparser2|uhyphen)/)',
  ],
  // Two cores: keep one worker free for the emulators the integration tests start.
  maxWorkers: process.env.CI ? 2 : '50%',
  testTimeout: 60000,
};
