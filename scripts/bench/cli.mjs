/** The benchmark's command line: npm run bench -- [options]. */

export const usage = `Usage: npm run bench -- [--quick] [--json FILE] [--no-build] [--pages REGEXP]`;

/**
 * @typedef {object} BenchOptions
 * @property {boolean} quick fixtures and generated pages only, no largest baselines
 * @property {string | null} json where to write the figures (default: bench-results/)
 * @property {boolean} build whether to run wxt build first
 * @property {RegExp | null} pages only pages whose id matches
 */

/**
 * @param {string[]} argv the arguments after the script's name
 * @returns {BenchOptions}
 */
export function parseArgs(argv) {
  const options = { quick: false, json: null, build: true, pages: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--pages') {
      options.pages = new RegExp(argv[++i] ?? '');
    } else if (arg === '--json') {
      options.json = argv[++i];
      if (!options.json) throw new Error(`--json needs a file name\n${usage}`);
    } else if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    } else throw new Error(`Unknown argument ${arg}\n${usage}`);
  }
  return options;
}
