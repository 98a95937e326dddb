// Runs in a fresh Node process: loads one Lambda bundle and serves its first invocation, the way
// a new Lambda execution environment does, and writes the timings to a result file.
// Usage: node cold-start-probe.cjs BUNDLE INVOCATION_JSON RESULT_JSON
'use strict';
const { performance } = require('node:perf_hooks');
const { readFileSync, writeFileSync } = require('node:fs');

// Milliseconds since the process started: Node's own boot, which is the Lambda runtime's share.
const bootMs = performance.now();
const [bundle, invocationFile, resultFile] = process.argv.slice(2);
const { event, context } = JSON.parse(readFileSync(invocationFile, 'utf8'));

// CPU (user + system) this process spent during the first invocation; the rest of its wall time
// waited on I/O (here the local emulators).
let invokeCpuStart = null;
function invokeCpuMs() {
  if (invokeCpuStart === null) return 0;
  const { user, system } = process.cpuUsage(invokeCpuStart);
  return (user + system) / 1000;
}

function finish(ok, detail, loadMs, invokeMs) {
  writeFileSync(
    resultFile,
    // execArgv: the Node flags this process really ran under (the bench passes Lambda's heap flags).
    JSON.stringify({
      bootMs,
      loadMs,
      invokeMs,
      invokeCpuMs: invokeCpuMs(),
      ok,
      detail,
      execArgv: process.execArgv,
    }),
  );
  // Handlers keep pooled sockets open; a Lambda environment would be frozen here, a probe just ends.
  process.exit(0);
}

/** What the first invocation answered, in a few words (batch failures and HTTP status count as failures). */
function summarize(result) {
  if (result && Array.isArray(result.batchItemFailures)) {
    const failed = result.batchItemFailures.length;
    return { ok: failed === 0, detail: `${failed} batch item failure(s)` };
  }
  if (result && typeof result.statusCode === 'number') {
    return { ok: result.statusCode < 400, detail: `HTTP ${result.statusCode}` };
  }
  if (result && typeof result === 'object') {
    return { ok: true, detail: `returned { ${Object.keys(result).slice(0, 6).join(', ')} }` };
  }
  return { ok: true, detail: result === undefined ? 'no result' : typeof result };
}

const loadStart = performance.now();
let handlerModule;
try {
  handlerModule = require(bundle);
} catch (error) {
  finish(false, `load failed: ${error?.message}`, performance.now() - loadStart, 0);
}
const loadMs = performance.now() - loadStart;
const deadline = Date.now() + 60000;
const invokeStart = performance.now();
invokeCpuStart = process.cpuUsage();
Promise.resolve()
  .then(() =>
    handlerModule.handler(event, { ...context, getRemainingTimeInMillis: () => deadline - Date.now() }),
  )
  .then(
    (result) => {
      const invokeMs = performance.now() - invokeStart;
      const { ok, detail } = summarize(result);
      finish(ok, detail, loadMs, invokeMs);
    },
    (error) => finish(false, `invocation threw: ${error?.message}`, loadMs, performance.now() - invokeStart),
  );
