/** The datasets shipped inside the extension, seeded on install and on every update. */
import core from '../../assets/datasets/core.json';

export const bundledDatasets: readonly unknown[] = [core];
