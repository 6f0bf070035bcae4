/**
 * Preloaded into node children (`node --require report-usage.cjs ...`) so a bench can read the CPU
 * time a child used without touching the child's code. Writes {cpuMs, maxRssKb} to the file named by
 * GIL_LAB_BENCH_USAGE when the process exits.
 */
const { writeFileSync } = require('node:fs');

const target = process.env.GIL_LAB_BENCH_USAGE;
if (target) {
  delete process.env.GIL_LAB_BENCH_USAGE; // not inherited by the child's own children
  process.on('exit', () => {
    const u = process.resourceUsage();
    try {
      writeFileSync(target, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));
    } catch {
      // the bench reports the CPU time as unknown
    }
  });
}
