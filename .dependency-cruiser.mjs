// The import layers of src/ (checked by `npm run lint`; a cycle or an upward import fails CI):
//   stats (pure maths; imports nothing from src/)
//   -> core (the shared types and pure helpers) -> config
//   -> stages: dataset, importers, rotation, model, scorers, judge, compare, gates, baseline, history, contamination
//   -> report (pure renderers)
//   -> orchestration: pipeline, shard
//   -> edges: cli, action, github, cli.ts, main.ts
// A folder may import its own layer's folders and any layer below; no module may be part of a cycle.
const STAGES = 'dataset|importers|rotation|model|scorers|judge|compare|gates|baseline|history|contamination';
const EDGES = 'cli|action|github';

/** A rule forbidding `from` to import `to`. */
const forbid = (name, from, to, comment) => ({
  name,
  severity: 'error',
  comment,
  from: { path: from },
  to: { path: to },
});

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
      'Statistics are pure maths over numbers: they import nothing else from src/.',
    ),
    forbid(
      'core-imports-stats-only',
      '^src/core/',
      '^src/(?!core/|stats/)',
      'src/core/ holds the shared types and pure helpers: it imports only the statistics below it.',
    ),
    forbid(
      'config-below-stages',
      '^src/config/',
      `^src/(${STAGES}|report|pipeline|shard|${EDGES})/`,
      'The config layer sits below the stages.',
    ),
    forbid(
      'stages-below-report',
      `^src/(${STAGES})/`,
      `^src/(report|pipeline|shard|${EDGES})/`,
      'Stages return data; rendering and orchestration sit above them.',
    ),
    forbid(
      'report-below-orchestration',
      '^src/report/',
      `^src/(pipeline|shard|${EDGES})/`,
      'Renderers are pure: they take a report and return text.',
    ),
    forbid(
      'orchestration-below-edges',
      '^src/(pipeline|shard)/',
      `^src/(${EDGES})/`,
      'The pipeline runs the same under the CLI, the action and the tests.',
    ),
    forbid(
      'cli-not-action',
      '^src/(cli/|cli\\.ts)',
      '^src/(action|github)/',
      'The CLI does not load GitHub code.',
    ),
    {
      name: 'core-no-actions-toolkit',
      severity: 'error',
      comment: 'Only the edges (action, github) may use @actions/*.',
      from: { path: '^src/', pathNot: '^src/(action|github)/' },
      to: { path: '@actions/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
  },
};
