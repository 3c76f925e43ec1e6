import type { EventOf, PipelineEvent, PipelineEventKind } from '../pipeline/events.js';
import type { PaperKindEntry } from './registry.js';

/** The latest event of `kind` in `history` that `match` accepts. */
export function latest<K extends PipelineEventKind>(
  history: readonly PipelineEvent[],
  kind: K,
  match: (e: EventOf<K>) => boolean = () => true,
): EventOf<K> | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i];
    if (e?.kind === kind && match(e as EventOf<K>)) return e as EventOf<K>;
  }
  return undefined;
}

/** The event of the paper's own step (the union introductions match their introducer). */
export function stepEvent(
  entry: PaperKindEntry,
  history: readonly PipelineEvent[],
): PipelineEvent | undefined {
  if (entry.step === 'annual') return undefined;
  if (entry.step === 'introduction') {
    const by =
      entry.kind === 'youth-union-introduction'
        ? 'youth-union'
        : entry.kind === 'trade-union-introduction'
          ? 'trade-union'
          : 'member';
    return latest(history, 'introduction', (e) => e.introducer.kind === by);
  }
  return latest(history, entry.step);
}
