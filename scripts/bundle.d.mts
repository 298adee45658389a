import type { Metafile } from 'esbuild';

export declare function bundleForNode(
  entry: string,
  outfile: string,
  options?: { shebang?: boolean; external?: string[] },
): Promise<void>;

export declare function bundleCli(entry: string, outdir: string): Promise<Metafile>;
