/**
 * Outputs are fresh when every one exists and none is older than any input. Inputs include the build's own sources,
 * so a fix to the conversion is not hidden by outputs that are merely newer than the data.
 */
export function outputsAreFresh(
  inputMtimesMs: readonly number[],
  outputMtimesMs: readonly (number | undefined)[],
): boolean {
  if (outputMtimesMs.length === 0) return false;
  const newestInput = Math.max(...inputMtimesMs);
  return outputMtimesMs.every((mtime) => mtime !== undefined && mtime >= newestInput);
}
