import type { ModelPreview } from '../../../shared/ipc/channels/models';
import type { RatingSegment } from '../../../shared/ipc/channels/ratings';
import { paretoFigures, scoreBookColumns } from '../../../shared/scoring';
import type { Core } from '../core';
import { loadBookFacts } from '../scoring/customer-facts-query';
import { factNeeds } from '../scoring/fact-needs';
import { overridesForRun } from '../scoring/override-service';
import { checkedDefinition } from './model-errors';

/** Scores the book with an unsaved definition (the model editor's live preview); writes nothing. */
export function previewModel(core: Core, definition: unknown, asOf: string, segment?: RatingSegment | null): ModelPreview {
  const started = performance.now();
  const def = checkedDefinition(definition);
  const facts = loadBookFacts(core, { asOf, window: def.window, segment, needs: factNeeds(def) });
  const book = scoreBookColumns(facts, def, asOf, overridesForRun(core));
  return {
    customers: book.n,
    tiers: book.tiers,
    tierCounts: book.tierCounts,
    incomplete: book.incompleteCount,
    pareto: paretoFigures(Array.from(facts.revenue)),
    ms: Math.round(performance.now() - started),
  };
}
