// Configuration per workspace folder: the `ctxlens.*` editor settings, normalised once, with the
// folder's `.ctxlens.json` layered over them (the file wins for what it sets). Broken settings
// give one warning and the defaults.
import * as path from 'node:path';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver/node';
import { defaultConfig, mergeConfigs, normaliseConfig, type Config } from '../engine/api';
import { loadConfigFile } from '../engine/api';
import { reportsHold, wouldDiscover } from '../engine/api';
import { SETTING_IDS } from '../engine/api';
import type { Logger } from './guard';
import { pathToUri } from './uri';

export interface FolderConfig {
  /** The workspace folder the file belongs to; null outside every folder. */
  root: string | null;
  config: Config;
}

export class Settings {
  private folders: FolderConfig[] = [];
  private outside: FolderConfig = { root: null, config: defaultConfig() };
  /** The last warning shown per source, so a reload with the same problem does not repeat it. */
  private readonly shown = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly log: Logger,
    private readonly canReadSettings: boolean,
  ) {}

  get roots(): string[] {
    return this.folders.map((f) => f.root!);
  }

  /**
   * Reads the settings of every folder again; true when the rules' stored reports still hold
   * (the same folders, and each folder's change only touches how reports become findings).
   */
  async load(roots: readonly string[]): Promise<boolean> {
    const before = [...this.folders, this.outside];
    const folders: FolderConfig[] = [];
    for (const root of roots) {
      const editor = await this.editorSettings(root);
      const file = loadConfigFile(root);
      this.warn(`file:${root}`, file.problems);
      folders.push({ root, config: mergeConfigs(editor, file.settings) });
    }
    // Deepest folder first, so nested workspace folders win for their files.
    this.folders = folders.sort((a, b) => b.root!.length - a.root!.length);
    this.outside = { root: null, config: await this.editorSettings(null) };
    const after = [...this.folders, this.outside];
    return before.length === after.length && before.every((was, i) => was.root === after[i]!.root && reportsHold(was.config, after[i]!.config));
  }

  /** Every folder's configuration and the one outside them. */
  get all(): readonly FolderConfig[] {
    return [...this.folders, this.outside];
  }

  configFor(file: string): FolderConfig {
    return this.folders.find((f) => isInside(file, f.root!)) ?? this.outside;
  }

  /** Whether the file is analysed: inside a folder it must be what a workspace scan would find. */
  inScope(file: string): boolean {
    const { root, config } = this.configFor(file);
    return root === null || wouldDiscover(file, root, { exclude: config.exclude, base: root });
  }

  private async editorSettings(root: string | null): Promise<Config> {
    if (!this.canReadSettings) return defaultConfig();
    let raw: unknown;
    try {
      raw = await this.connection.workspace.getConfiguration(root ? { scopeUri: pathToUri(root), section: 'ctxlens' } : { section: 'ctxlens' });
    } catch (error) {
      this.log.error(`reading the ctxlens settings failed: ${(error as Error).message}`);
      return defaultConfig();
    }
    const result = normaliseConfig(raw, 'ctxlens settings', SETTING_IDS);
    this.warn(`settings:${root ?? ''}`, result.problems);
    return result.config;
  }

  private warn(source: string, problems: readonly string[]): void {
    const message = problems.length > 0 ? `ctxlens: ${problems.join('; ')}` : '';
    if (this.shown.get(source) === message) return;
    this.shown.set(source, message);
    if (message) {
      this.log.error(message);
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
    }
  }
}

function isInside(file: string, root: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
