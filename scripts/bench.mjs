/**
 * npm run bench: RegLens against the floor, mark.js and one combined regular expression, in real
 * Chromium, on the project's fixtures and (when present) the real news pages of ../shared/corpus.
 * It is a measurement, not a test: it prints a table and PASS/MISS lines for the budgets, writes
 * every figure to bench-results/ (or --json FILE), and exits 0 whatever the figures say.
 *
 *   npm run bench                  fixtures, generated pages, corpus; builds the extension first
 *   npm run bench -- --quick       fixtures and generated pages only; no mark.js beyond 1,000
 *                                  names, no expression with 100,000
 *   npm run bench -- --json f.json write the figures to f.json
 *   npm run bench -- --no-build    use .output/chrome-mv3 as it is
 *   npm run bench -- --pages bbc   only pages whose id matches the regular expression
 *
 * Each phase is one file in scripts/bench/ (phases.mjs says what a phase is); they run in the
 * order below, and a new measurement is a new file and a line here. README.md, section
 * "Benchmark", explains how to read the output.
 */
import { parseArgs } from './bench/cli.mjs';
import { runPhases } from './bench/phases.mjs';
import { writeResults } from './bench/results.mjs';
import { prepareBench } from './bench/setup.mjs';

const PHASES = [
  // 1, plain Chromium: floor, RegLens, mark.js, per page; then the largest mark.js runs.
  'phase-in-page.mjs',
  'phase-big-name-sets.mjs',
  // 2: matching and the expression on every page's text, with each name set built once.
  'phase-text-only.mjs',
  // 3: matcher memory.
  'phase-memory.mjs',
  // 3b: the claims and attribution analysers on every page text; saved snippets at scale.
  'phase-analysers.mjs',
  'phase-snippets.mjs',
  // 4, the real extension: the whole path and long tasks per page, messages, seeding.
  'phase-whole-path.mjs',
  'phase-messaging.mjs',
  'phase-seeding.mjs',
  // 4b, the real extension: from the end of a dwell on a mark to its card painted.
  'phase-cards.mjs',
  // 5: the content script on pages that are not articles, against an empty one.
  'phase-non-article.mjs',
  // 6: shipped script sizes.
  'phase-sizes.mjs',
];

const options = parseArgs(process.argv.slice(2));
const phases = await Promise.all(
  PHASES.map(async (file) => (await import(`./bench/${file}`)).default),
);
const bench = await prepareBench(options);
await runPhases(bench, phases);
await writeResults(bench);
