import type { LoadedConfig } from '../config/types.js';
import { UserError } from '../core/errors.js';
import type { Dataset } from '../core/types.js';
import { createPrecomputedSource } from '../model/precomputed-source.js';
import { createLocalResponseCache } from '../model/response-cache.js';
import { loadResponses } from '../model/responses-file.js';
import type { ModelSource } from '../model/source.js';
import type { Report } from '../core/report.js';

export interface SourceSetup {
  source: ModelSource;
  /** Answers for ids the dataset does not have (known once the source has run). */
  unmatchedResponseIds: () => string[];
  droppedDuplicates: Report['source']['droppedDuplicates'];
}

/** Where the answers come from: a live endpoint, a responses file, or the dataset's own answers. */
export async function createModelSource(
  config: LoadedConfig,
  dataset: Dataset,
  deps: { env: NodeJS.ProcessEnv; log: (line: string) => void },
): Promise<SourceSetup> {
  if (config.model) {
    // Loaded for a live endpoint only: a run on a responses file never loads the openai SDK.
    const { createOpenAISource } = await import('../model/openai-source.js');
    const cache = createLocalResponseCache(config.cache);
    const source = createOpenAISource(config.model, cache, {
      apiKey: deps.env[config.model.apiKeyEnv],
      log: deps.log,
    });
    return { source, unmatchedResponseIds: () => [], droppedDuplicates: [] };
  }
  if (config.responses) {
    const table = await loadResponses(config.responses, config.baseDir);
    const source = createPrecomputedSource(table);
    return {
      source,
      unmatchedResponseIds: () => source.unmatched.map((entry) => entry.id),
      droppedDuplicates: table.duplicates.map((duplicate) => ({
        id: duplicate.id,
        line: duplicate.line,
        differed: duplicate.differs,
      })),
    };
  }
  if (dataset.reportedMetrics || dataset.items.some((item) => item.precomputed !== undefined)) {
    return { source: createPrecomputedSource(), unmatchedResponseIds: () => [], droppedDuplicates: [] };
  }
  throw new UserError('there is nowhere to get answers from.', {
    file: config.configFile,
    key: 'model / responses',
    fix: 'Add `model:` (an OpenAI-compatible endpoint) or `responses:` (a file of answers), or pass --responses FILE.',
  });
}
