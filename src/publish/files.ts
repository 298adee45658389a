// The file outputs asked for (`--junit FILE`, the action's `junit` input), each written with its renderer.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/errors.js';
import type { FileOutput } from '../report/outputs.js';
import type { Publisher, PublishResult } from './publisher.js';

export function filePublisher(requested: ReadonlyMap<FileOutput, string>): Publisher {
  return {
    async publish(report): Promise<PublishResult> {
      const result: PublishResult = { warnings: [], notes: [] };
      for (const [output, file] of requested) {
        const render = await output.renderer();
        try {
          await mkdir(path.dirname(path.resolve(file)), { recursive: true });
          await writeFile(file, render(report));
        } catch (error) {
          throw new UserError(
            `cannot write the ${output.option} output ${file}: ${(error as Error).message}`,
            {
              key: output.option,
              fix: 'Give a file path in a folder this run may write to.',
            },
          );
        }
        result.notes.push(`${output.option}: ${file}`);
      }
      return result;
    },
  };
}
