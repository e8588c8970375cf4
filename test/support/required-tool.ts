// Tools the suite needs from the machine. Outside CI a missing one skips its tests with a
// reason; with CI set nothing may be skipped, so the tests run and fail with one line naming
// the setup step that should have installed the tool.
import * as fs from 'node:fs';

export interface RequiredTool {
  name: string;
  path: string;
  /** The script that installs it (scripts/setup.sh runs them all before the tests). */
  installedBy: string;
}

export function missingMessage(tool: RequiredTool): string {
  return `${tool.name} is missing at ${tool.path}: ${tool.installedBy} (run by scripts/setup.sh) should have installed it`;
}

/** A skip reason for node:test, or false when the tests must run (tool present, or CI set). */
export function skipWithout(tool: RequiredTool): string | false {
  if (fs.existsSync(tool.path) || process.env.CI) return false;
  return missingMessage(tool);
}

/** Throws the one-line message when the tool is absent. */
export function assertInstalled(tool: RequiredTool): void {
  if (!fs.existsSync(tool.path)) throw new Error(missingMessage(tool));
}
