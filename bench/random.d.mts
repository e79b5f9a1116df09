/** Types for bench/random.mjs. */
export function random(seed: number): () => number;
