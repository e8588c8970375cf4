// Which Go module (and so which import path) a file belongs to: the nearest go.mod above it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseGoMod, type GoMod } from './gomod';

export interface ModuleInfo {
  /** Directory holding go.mod. */
  dir: string;
  mod: GoMod;
  /** Directory of the outermost go.mod at or above dir: the repository's root module when modules nest. */
  outermostDir: string;
}

export class ModuleResolver {
  private readonly byDir = new Map<string, ModuleInfo | null>();

  constructor(private readonly readFile: (file: string) => string | undefined = readIfExists) {}

  /** The module containing file (absolute path), or null outside any module. */
  moduleFor(file: string): ModuleInfo | null {
    return this.lookup(path.dirname(file));
  }

  /** The import path of the package in file's directory. */
  packagePathFor(file: string): string | null {
    const module = this.moduleFor(file);
    if (!module?.mod.modulePath) return null;
    const rel = path.relative(module.dir, path.dirname(file)).split(path.sep).join('/');
    return rel ? `${module.mod.modulePath}/${rel}` : module.mod.modulePath;
  }

  /** Forgets cached go.mod contents (after a go.mod changed on disk). */
  invalidate(): void {
    this.byDir.clear();
  }

  private lookup(dir: string): ModuleInfo | null {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    const text = this.readFile(path.join(dir, 'go.mod'));
    let found: ModuleInfo | null;
    const parent = path.dirname(dir);
    const above = parent === dir ? null : this.lookup(parent);
    if (text !== undefined) found = { dir, mod: parseGoMod(text), outermostDir: above?.outermostDir ?? dir };
    else found = above;
    this.byDir.set(dir, found);
    return found;
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
