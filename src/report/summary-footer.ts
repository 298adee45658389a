// The part of the job summary only the action knows: where the report and the baseline are, and what
// could not be published.
import { escapeInline } from './escape.js';

export interface FooterFacts {
  reportArtifact?: string;
  baseline?: string;
  baselinePolicy?: string;
  baselineWritten?: string;
  notes: string[];
  warnings: string[];
}

export function summaryFooter(facts: FooterFacts): string {
  const lines = ['## GitHub', ''];
  if (facts.reportArtifact) lines.push(`- Full report: [artifact](${facts.reportArtifact})`);
  lines.push(`- Baseline compared with: ${facts.baseline ? escapeInline(facts.baseline, 300) : 'none'}`);
  if (facts.baselineWritten)
    lines.push(`- This run is the new baseline: ${escapeInline(facts.baselineWritten, 300)}`);
  else if (facts.baselinePolicy)
    lines.push(`- Baseline not replaced: ${escapeInline(facts.baselinePolicy, 300)}`);
  for (const note of facts.notes) lines.push(`- ${escapeInline(note, 500)}`);
  if (facts.warnings.length > 0) {
    lines.push('', ...facts.warnings.map((warning) => `> ⚠️ ${escapeInline(warning, 1000)}`));
  }
  return lines.join('\n');
}
