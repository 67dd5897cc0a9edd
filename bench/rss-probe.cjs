// Preloaded (node -r) into both sides of the side-by-side bench: on exit, writes the process's peak RSS
// (bytes) and CPU time (ms, user + system) — CPU time stays meaningful on a machine shared with other work.
const { writeFileSync } = require('node:fs');
const out = process.env.BENCH_RSS_OUT;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ rss: u.maxRSS * 1024, cpu: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
