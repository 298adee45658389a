// The full report folder, uploaded as an artifact of the current run on every run (pass or fail), so the
// comment, the check run and a `workflow_run` publisher can link to it or read it back.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { artifactSafeName, type ArtifactClient } from './client.js';

export interface UploadedReport {
  id: number;
  name: string;
}

export const REPORT_ARTIFACT_PREFIX = 'evalgate-report-';

/**
 * Artifact names are unique within a run: a matrix leg (its matrix key) and a re-run attempt get their own.
 * The publisher of the fork-safe setup looks for exactly this name, so both sides must build it here.
 */
export function reportArtifactName(configName: string, runAttempt = 1, matrixKey = ''): string {
  return artifactSafeName(
    `${REPORT_ARTIFACT_PREFIX}${configName}${matrixKey ? `--${matrixKey}` : ''}${
      runAttempt > 1 ? `-attempt-${runAttempt}` : ''
    }`,
  );
}

export async function uploadReportFolder(
  artifacts: ArtifactClient,
  dir: string,
  name: string,
  retentionDays: number,
): Promise<UploadedReport> {
  const files = await listFiles(dir);
  const { id } = await artifacts.uploadArtifact(name, files, dir, {
    retentionDays: retentionDays > 0 ? retentionDays : undefined,
  });
  return { id: id ?? 0, name };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
