// Preloaded (NODE_OPTIONS --require) into each command bench/scale.ts runs: prints the process's peak
// memory on exit. CommonJS because --require takes nothing else on every Node 20.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a preload script is CommonJS
const { writeSync } = require("node:fs");

process.on("exit", () => {
  writeSync(2, `\nPEAK_RSS_KB ${process.resourceUsage().maxRSS}\n`);
});
