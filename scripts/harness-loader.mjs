/**
 * What the Node scripts (start, e2e, bench) share: loading the TypeScript e2e harness, finding or
 * installing Chromium, and running the project's own binaries.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Loads tests/e2e/harness.ts. Node 20 cannot run TypeScript by itself, so the file goes through
 * Vite's module runner (Vite is already a dependency); this keeps a single harness for the tests,
 * `npm start` and the benchmark.
 *
 * @returns {Promise<typeof import('../tests/e2e/harness.ts')>}
 */
export async function loadHarness() {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(path.join(projectRoot, 'tests/e2e/harness.ts'), {
    configFile: false,
    root: projectRoot,
    logLevel: 'error',
  });
  return module;
}

/** @param {string} command */
function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Root on a Debian-like system with apt-get: the one case where installing for the user is safe. */
export function canAptInstall() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get');
}

/**
 * Runs apt-get to install Debian packages, printing what it does.
 *
 * @param {string[]} packages
 * @returns {boolean} whether the install succeeded
 */
export function aptInstall(packages) {
  console.log(`Installing ${packages.join(' ')} with apt-get (running as root on Debian)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
  return install.status === 0;
}

/**
 * The Chromium to use, installing Debian's package first when allowed and possible.
 *
 * @param {{ findChromium: () => string | null, chromiumMissingMessage: string }} harness
 * @param {{ install: boolean }} options
 * @returns {string | null}
 */
export function ensureChromium(harness, { install }) {
  const found = harness.findChromium();
  if (found) return found;
  console.error(harness.chromiumMissingMessage);
  if (!install) return null;
  if (!canAptInstall()) {
    console.error('(Not installing it myself: that needs root and apt-get on Debian.)');
    return null;
  }
  if (!aptInstall(['chromium'])) {
    console.error('apt-get could not install chromium.');
    return null;
  }
  const installed = harness.findChromium();
  if (!installed) {
    console.error(
      process.env.CHROMIUM_PATH
        ? `chromium is installed, but CHROMIUM_PATH (${process.env.CHROMIUM_PATH}) is not an executable.`
        : 'chromium is installed, but not where RegLens looks: set CHROMIUM_PATH.',
    );
  }
  return installed;
}

/** Whether a font for Chinese is installed, so screenshots show characters rather than boxes. */
export function hasCjkFont() {
  const result = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  // Without fc-list there is no way to tell; assume fonts are fine rather than nag.
  if (result.error) return true;
  return result.stdout.trim().length > 0;
}

/**
 * Runs one of the project's own binaries (node_modules/.bin) with inherited output.
 *
 * @param {string} name e.g. "wxt"
 * @param {string[]} args
 * @returns {number} exit code
 */
export function runBin(name, args) {
  const bin = path.join(projectRoot, 'node_modules', '.bin', name);
  if (!existsSync(bin)) {
    console.error(`${name} is not installed: run \`npm ci\` first.`);
    return 1;
  }
  const result = spawnSync(bin, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.error) {
    console.error(`Could not run ${name}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}
