/**
 * Aho-Corasick automaton over UTF-16 code units: one pass over a text finds every
 * occurrence of every pattern, however many patterns there are.
 *
 * Layout. States are numbered breadth-first, and a state's children are created together,
 * so every state's children are a contiguous run of state ids. That makes the trie a CSR
 * structure needing only `childStart` (first child per state) and `charIn` (the unit on the
 * edge into each state, ascending within a run, found by binary search). The root gets a
 * dense 64K-entry table instead, and the shallowest states, where a scan spends most of its
 * time, full rows over the units patterns use most (see "Dense rows" below). Per state this
 * is about 22 bytes, with no objects and no maps, so 100,000 patterns stay in tens of MB.
 *
 * Construction sorts the patterns once; a state then stands for a contiguous range of the
 * sorted patterns sharing its prefix, and its children are the runs of equal next units
 * in that range. Breadth-first numbering also orders states so that failure links can be
 * filled in a single forward sweep.
 */

export interface AutomatonStats {
  /** Trie states, root included. */
  states: number;
  /** Patterns given to the build, empty ones included. */
  patterns: number;
  /** Approximate memory held by the automaton's arrays. */
  bytes: number;
}

/**
 * Occurrences collected by `Automaton.collect`, in two parallel arrays that the caller keeps
 * and the automaton grows: no object or callback per occurrence.
 */
export interface MatchList {
  count: number;
  patterns: Int32Array;
  /** End (exclusive) of each occurrence in the scanned units. */
  ends: Int32Array;
}

export function matchList(): MatchList {
  return { count: 0, patterns: new Int32Array(64), ends: new Int32Array(64) };
}

export interface Automaton {
  readonly patternCount: number;
  /**
   * Reports every occurrence of every pattern in `text`, in order of end position
   * (`end` exclusive); at one position, longer patterns come first. Identical patterns
   * are each reported. Empty patterns never match.
   */
  scan(text: string, onMatch: (patternIndex: number, end: number) => void): void;
  /**
   * The same occurrences as `scan`, in the same order, over the first `length` of `units`,
   * written to `out` (replacing what it held).
   */
  collect(units: Uint16Array, length: number, out: MatchList): void;
  stats(): AutomatonStats;
}

/**
 * Widest dense row, column 0 included: enough for the units of Latin-script names. Every row
 * takes this much room whatever its units, so the scan finds a row with a shift by a literal 6,
 * not a multiply (the next state's lookup waits on the previous one, unit after unit; a shift
 * by a named constant was not folded, and was slower still).
 */
const MAX_ROW = 64;
/** Dense rows get this many bytes per state of the trie, or MIN_DENSE_BYTES if more. */
const DENSE_BYTES_PER_STATE = 4;
const MIN_DENSE_BYTES = 1 << 20;

export function buildAutomaton(patterns: readonly string[]): Automaton {
  const live: number[] = [];
  let total = 0;
  for (let i = 0; i < patterns.length; i++) {
    const len = patterns[i]!.length;
    if (len > 0) {
      live.push(i);
      total += len;
    }
  }
  // Code-unit order, which is what JS string comparison gives; equal patterns keep input order.
  live.sort((a, b) => {
    const x = patterns[a]!;
    const y = patterns[b]!;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  const order = Int32Array.from(live);
  const m = order.length;

  // Upper bound: one state per pattern unit plus the root. Trimmed after construction.
  const maxStates = total + 1;
  const lo = new Int32Array(maxStates);
  const hi = new Int32Array(maxStates);
  let childStart = new Int32Array(maxStates + 1);
  let charIn = new Uint16Array(maxStates);
  let termId = new Int32Array(maxStates).fill(-1);
  const termFirstAll = new Int32Array(m);
  const termCountAll = new Int32Array(m);
  let terms = 0;

  let states = 1;
  lo[0] = 0;
  hi[0] = m;
  let depth = 0;
  let levelEnd = 1;
  for (let s = 0; s < states; s++) {
    if (s === levelEnd) {
      depth++;
      levelEnd = states;
    }
    childStart[s] = states;
    let i = lo[s]!;
    const h = hi[s]!;
    // A pattern ending here sorts before every longer pattern sharing this prefix.
    const first = i;
    while (i < h && patterns[order[i]!]!.length === depth) i++;
    if (i > first) {
      termId[s] = terms;
      termFirstAll[terms] = first;
      termCountAll[terms] = i - first;
      terms++;
    }
    while (i < h) {
      const c = patterns[order[i]!]!.charCodeAt(depth);
      let j = i + 1;
      while (j < h && patterns[order[j]!]!.charCodeAt(depth) === c) j++;
      lo[states] = i;
      hi[states] = j;
      charIn[states] = c;
      states++;
      i = j;
    }
  }
  childStart[states] = states;
  childStart = childStart.slice(0, states + 1);
  charIn = charIn.slice(0, states);
  termId = termId.slice(0, states);
  const termFirst = termFirstAll.slice(0, terms);
  const termCount = termCountAll.slice(0, terms);

  const rootNext = new Int32Array(0x10000);
  for (let t = childStart[0]!; t < childStart[1]!; t++) rootNext[charIn[t]!] = t;

  /** Child of state `s` (not the root) along unit `c`, or -1. */
  const child = (s: number, c: number): number => {
    let a = childStart[s]!;
    let b = childStart[s + 1]! - 1;
    while (a <= b) {
      const mid = (a + b) >> 1;
      const x = charIn[mid]!;
      if (x === c) return mid;
      if (x < c) a = mid + 1;
      else b = mid - 1;
    }
    return -1;
  };

  const fail = new Int32Array(states);
  // Nearest state on the failure chain (excluding the state itself) where a pattern ends.
  const outLink = new Int32Array(states).fill(-1);
  for (let s = 1; s < states; s++) {
    for (let t = childStart[s]!; t < childStart[s + 1]!; t++) {
      const c = charIn[t]!;
      let f = fail[s]!;
      let target = 0;
      for (;;) {
        const g = f === 0 ? rootNext[c]! : child(f, c);
        if (g > 0) {
          target = g;
          break;
        }
        if (f === 0) break;
        f = fail[f]!;
      }
      fail[t] = target;
      outLink[t] = termId[target]! >= 0 ? target : outLink[target]!;
    }
  }

  // Dense rows. Most of a scan is spent in shallow states (a page keeps starting names and
  // abandoning them after a unit or two), where the sparse layout costs a binary search and
  // a walk up the failure chain per unit. So the first states in breadth-first order, the
  // shallowest, get a full row of next states over the units patterns use most, failure
  // links already followed. A unit found in no pattern leads to the root from anywhere.
  const unitCount = new Int32Array(0x10000);
  for (let t = 1; t < states; t++) {
    const c = charIn[t]!;
    unitCount[c] = unitCount[c]! + 1;
  }
  const used: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (unitCount[c]! > 0) used.push(c);
  used.sort((a, b) => unitCount[b]! - unitCount[a]! || a - b);
  const denseUnits = used.slice(0, MAX_ROW - 1);
  /** Row width: column 0 for units no pattern uses, then one per dense unit. */
  const width = denseUnits.length + 1;
  /** Class of a unit: 0 in no pattern, 1..width-1 its column, `width` used but not dense. */
  const unitClass = new Uint8Array(0x10000);
  for (const c of used) unitClass[c] = width;
  denseUnits.forEach((c, k) => (unitClass[c] = k + 1));
  const denseStates = Math.min(
    states,
    Math.floor(Math.max(MIN_DENSE_BYTES, states * DENSE_BYTES_PER_STATE) / (MAX_ROW * 4)),
  );

  /** `t`, or `~t` when reaching `t` completes a pattern (so the scan checks for output). */
  const encode = (t: number): number => (termId[t]! >= 0 || outLink[t]! >= 0 ? ~t : t);

  const dense = new Int32Array(denseStates * MAX_ROW);
  for (let k = 1; k < width; k++) dense[k] = encode(rootNext[denseUnits[k - 1]!]!);
  for (let s = 1; s < denseStates; s++) {
    // The failure state is shallower, so its row is already complete.
    const f = fail[s]!;
    dense.copyWithin(s * MAX_ROW, f * MAX_ROW, f * MAX_ROW + width);
    for (let t = childStart[s]!; t < childStart[s + 1]!; t++) {
      const k = unitClass[charIn[t]!]!;
      if (k < width) dense[s * MAX_ROW + k] = encode(t);
    }
  }

  /** Next state (encoded as in `dense`) from `s` on unit `c` of class `k`, the long way. */
  const slowStep = (s: number, c: number, k: number): number => {
    for (;;) {
      if (s < denseStates && k < width) return dense[(s << 6) + k]!;
      if (s === 0) return encode(rootNext[c]!);
      const g = child(s, c);
      if (g >= 0) return encode(g);
      s = fail[s]!;
    }
  };

  const bytes =
    childStart.byteLength +
    charIn.byteLength +
    termId.byteLength +
    termFirst.byteLength +
    termCount.byteLength +
    order.byteLength +
    rootNext.byteLength +
    fail.byteLength +
    outLink.byteLength +
    unitClass.byteLength +
    dense.byteLength;

  const collect = (units: Uint16Array, length: number, out: MatchList): void => {
    let patternsOut = out.patterns;
    let endsOut = out.ends;
    let count = 0;
    let s = 0;
    for (let i = 0; i < length; i++) {
      const c = units[i]!;
      const k = unitClass[c]!;
      let v: number;
      if (s < denseStates && k < width) {
        v = dense[(s << 6) + k]!;
      } else if (k === 0) {
        s = 0;
        continue;
      } else {
        v = slowStep(s, c, k);
      }
      if (v >= 0) {
        s = v;
        continue;
      }
      s = ~v;
      let t = termId[s]! >= 0 ? s : outLink[s]!;
      while (t >= 0) {
        const term = termId[t]!;
        const q0 = termFirst[term]!;
        const q1 = q0 + termCount[term]!;
        for (let q = q0; q < q1; q++) {
          if (count === patternsOut.length) {
            const grown = new Int32Array(Math.max(64, count * 2));
            grown.set(patternsOut);
            patternsOut = grown;
            const grownEnds = new Int32Array(grown.length);
            grownEnds.set(endsOut);
            endsOut = grownEnds;
          }
          patternsOut[count] = order[q]!;
          endsOut[count++] = i + 1;
        }
        t = outLink[t]!;
      }
    }
    out.patterns = patternsOut;
    out.ends = endsOut;
    out.count = count;
  };

  return {
    patternCount: patterns.length,
    scan(text, onMatch) {
      const units = new Uint16Array(text.length);
      for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
      const found = matchList();
      collect(units, units.length, found);
      for (let m = 0; m < found.count; m++) onMatch(found.patterns[m]!, found.ends[m]!);
    },
    collect,
    stats() {
      return { states, patterns: patterns.length, bytes };
    },
  };
}
