export declare function bundleForNode(
  entry: string,
  outfile: string,
  options?: { shebang?: boolean; external?: string[] },
): Promise<void>;
