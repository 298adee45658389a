// The import layers of src/ (checked by `npm run lint`; a cycle or an upward import fails CI), bottom up:
//   stats     pure maths over numbers; imports nothing else from src/
//   core      the shared types (items, metrics, the config's shape, comparison, gates, judge, report) and pure
//             helpers; imports only stats
//   stages    dataset, importers, rotation, model, scorers, judge, compare, gates, baseline, history,
//             contamination: each takes data and returns data
//   config    loading the config file: its schema and defaults are assembled from what the stages declare
//             (each scorer its settings, the judge its section)
//   report    pure renderers: a finished report in, text out
//   publish   the Publisher interface and the local publishers (files, console): rendered text to a destination
//   pipeline, shard   the orchestration of the stages
//   cli, action, github, cli.ts, main.ts   the edges: arguments, the Actions toolkit, the GitHub API
// A module may import its own layer and any layer below; no module may be part of a cycle.
const STAGES = 'dataset|importers|rotation|model|scorers|judge|compare|gates|baseline|history|contamination';
const EDGES = 'cli|action|github';
const ABOVE_STAGES = `config|report|publish|pipeline|shard|${EDGES}`;

/** A rule forbidding modules under `from` to import modules under `to`. */
function forbid(name, from, to, comment) {
  return { name, severity: 'error', comment, from: { path: from }, to: { path: to } };
}

export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle ties modules together: move the shared part down a layer.',
      from: {},
      to: { circular: true },
    },
    forbid(
      'stats-imports-nothing',
      '^src/stats/',
      '^src/(?!stats/)',
      'Statistics are pure maths over numbers.',
    ),
    forbid(
      'core-imports-stats-only',
      '^src/core/',
      '^src/(?!core/|stats/)',
      'src/core/ is the bottom of the app.',
    ),
    forbid(
      'stages-below-config',
      `^src/(${STAGES})/`,
      `^src/(${ABOVE_STAGES})/`,
      'Stages take data, return data.',
    ),
    forbid(
      'config-below-report',
      '^src/config/',
      `^src/(report|publish|pipeline|shard|${EDGES})/`,
      'Loading comes first.',
    ),
    forbid(
      'report-is-pure',
      '^src/report/',
      `^src/(publish|pipeline|shard|${EDGES})/`,
      'Renderers take a report, return text.',
    ),
    forbid(
      'publish-below-pipeline',
      '^src/publish/',
      `^src/(pipeline|shard|${EDGES})/`,
      'Publishers only move text.',
    ),
    forbid(
      'pipeline-below-edges',
      '^src/(pipeline|shard)/',
      `^src/(${EDGES})/`,
      'The same pipeline runs everywhere.',
    ),
    forbid(
      'cli-without-github',
      '^src/(cli/|cli\\.ts)',
      '^src/(action|github)/',
      'The CLI does not load GitHub code.',
    ),
    {
      name: 'actions-toolkit-at-the-edges',
      severity: 'error',
      comment: 'Only the action and the GitHub edge use @actions/*.',
      from: { path: '^src/', pathNot: '^src/(action/|github/|main\\.ts)' },
      to: { path: '@actions/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
  },
};
