// Preloaded (node -r) into both sides of the side-by-side bench: writes the process's peak RSS on exit.
const { writeFileSync } = require('node:fs');
const out = process.env.BENCH_RSS_OUT;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
