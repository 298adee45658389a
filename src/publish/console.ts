// The CLI's console: the short summary of the decision, and where the report files are.
import { renderConsoleSummary } from '../report/console.js';
import type { Publisher } from './publisher.js';

export function consolePublisher(write: (text: string) => void): Publisher {
  return {
    async publish(report, facts) {
      write(`${renderConsoleSummary(report, facts.reportDir)}\n`);
      return { warnings: [], notes: [] };
    },
  };
}
