export { normalize, normalizeTerm, foldKeepCase, originalEnd } from './normalize';
export type { Normalized } from './normalize';
export { buildAutomaton } from './automaton';
export type { Automaton, AutomatonStats } from './automaton';
export { createMatcher } from './matcher';
export type { Matcher, MatcherStats } from './matcher';
export type { Mention, MatchContext, ActorLabel } from './types';
