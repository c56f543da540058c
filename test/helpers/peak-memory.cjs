// Loaded with `node --require` by tests: prints the process's peak memory (worker threads included) as it exits.
process.on('exit', () => process.stderr.write(`\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`));
