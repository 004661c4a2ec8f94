// Run in a fresh process by run-bench.ts: prints how long after process start the coder is ready to code.
const { createCoder } = await import(process.argv[2]);
const coder = createCoder();
coder.codeText('Japan met with China.', { date: '2003-01-19' });
const ready = performance.now();
process.stdout.write(JSON.stringify({ ready, rss: process.memoryUsage().rss }));
