/**
 * mulberry32: a tiny, fast generator that gives the same sequence for the same seed everywhere,
 * so the benchmark's generated pages and name sets are the same from run to run. Plain
 * JavaScript, because the benchmark's Node scripts (no TypeScript) and the bundled bench/names.ts
 * both use it.
 *
 * @param {number} seed
 * @returns {() => number} numbers in [0, 1)
 */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
