/** A write the knowledge base refused, with one line per reason (shown to the user as a list). */
export class KnowledgeWriteError extends Error {
  override name = 'KnowledgeWriteError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}
