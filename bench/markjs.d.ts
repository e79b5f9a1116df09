/**
 * The part of mark.js 8.11 the benchmark calls. The package ships no types, and @types/mark.js
 * is not worth a dependency for one baseline.
 */
declare module 'mark.js' {
  interface MarkAccuracy {
    value: 'exactly' | 'complementary';
    limiters: string[];
  }

  export interface MarkOptions {
    element?: string;
    className?: string;
    exclude?: string[];
    separateWordSearch?: boolean;
    accuracy?: 'partially' | 'complementary' | 'exactly' | MarkAccuracy;
    diacritics?: boolean;
    caseSensitive?: boolean;
    acrossElements?: boolean;
    ignoreJoiners?: boolean;
    iframes?: boolean;
    done?: (marks: number) => void;
  }

  export default class Mark {
    constructor(context: Element | Element[] | NodeList | string);
    mark(keywords: string | string[], options?: MarkOptions): void;
    unmark(options?: MarkOptions): void;
  }
}
