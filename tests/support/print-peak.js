// Preloaded into a child process (node -r): prints its peak resident memory in KB when it exits.
process.on("exit", () => process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
