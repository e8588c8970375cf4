// code-server (VS Code in a browser) from the cache scripts/setup-e2e.sh fills: Node 24 runs it,
// bound to 127.0.0.1, with its own user data and extensions folders under `home`.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface CodeServerInstall {
  node: string;
  entry: string;
}

export function codeServerIn(cache: string): CodeServerInstall {
  const install = {
    node: path.join(cache, 'node24', 'node_modules', 'node', 'bin', 'node'),
    entry: path.join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
  for (const file of Object.values(install)) if (!fs.existsSync(file)) throw new Error(`${file} is missing: run scripts/setup-e2e.sh`);
  return install;
}

/** User settings that keep the window quiet and predictable for tests and screenshots. */
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'git.enabled': false,
};

export class CodeServer {
  private process: ChildProcess | undefined;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  private readonly config: string;

  constructor(
    private readonly install: CodeServerInstall,
    home: string,
  ) {
    this.userDataDir = path.join(home, 'user-data');
    this.extensionsDir = path.join(home, 'extensions');
    this.config = path.join(home, 'config.yaml');
    fs.mkdirSync(path.join(this.userDataDir, 'User'), { recursive: true });
    fs.mkdirSync(this.extensionsDir, { recursive: true });
    fs.writeFileSync(this.config, 'auth: none\ncert: false\n');
    fs.writeFileSync(path.join(this.userDataDir, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  }

  private args(): string[] {
    return [
      this.install.entry,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--config',
      this.config,
      '--user-data-dir',
      this.userDataDir,
      '--extensions-dir',
      this.extensionsDir,
    ];
  }

  /** Installs a .vsix the way a user would (`code-server --install-extension`). */
  installExtension(vsix: string): string {
    return execFileSync(this.install.node, [...this.args(), '--install-extension', vsix], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  /** Starts the server on a free port; resolves with its URL once it says it is listening. */
  start(env: NodeJS.ProcessEnv, log: fs.WriteStream): Promise<string> {
    // Its own process group, so stop() ends the extension hosts and language servers with it.
    const child = spawn(this.install.node, [...this.args(), '--bind-addr', '127.0.0.1:0'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    if (process.env.CTXLENS_E2E_PIDFILE && child.pid) fs.writeFileSync(process.env.CTXLENS_E2E_PIDFILE, String(child.pid));
    child.stderr.pipe(log);
    return new Promise((resolve, reject) => {
      let seen = '';
      child.stdout.on('data', (chunk: Buffer) => {
        log.write(chunk);
        seen += chunk.toString('utf8');
        const listening = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
        if (listening) resolve(`${listening[1]}/`);
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => reject(new Error(`code-server exited (${code ?? signal}) before listening; see its log`)));
    });
  }

  get pid(): number | undefined {
    return this.process?.pid;
  }

  /** Ends code-server and everything it started (its process group). */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    process.kill(-child.pid, 'SIGTERM');
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
    if (process.env.CTXLENS_E2E_PIDFILE) fs.writeFileSync(process.env.CTXLENS_E2E_PIDFILE, '');
  }
}
