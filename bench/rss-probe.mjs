// Preloaded with --import: reports the process's peak resident memory (all threads) at exit.
process.on('exit', () => {
  process.stderr.write(`\nMODELGATE_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
