import * as path from 'node:path';
import { checkPaths } from '../server/src/engine/run/check';
import { defaultConfig } from '../server/src/engine/config/config';
import { readGoSource } from '../server/src/engine/files/read-source';
import { applyEdits } from '../test/support/apply-edits';
(async () => {
  const root = process.argv[2]!; const rule = process.argv[3];
  const result = await checkPaths([root], defaultConfig(), root);
  for (const f of result.findings) {
    if (rule && f.rule !== rule) continue;
    for (const fix of f.fixes) {
      console.log('==', f.rule, f.range.start.line + 1, fix.title);
      for (const e of fix.edits) console.log(JSON.stringify(e));
      const file = fix.edits[0]!.file;
      const r = readGoSource(file, true) as { text: string };
      console.log(JSON.stringify(applyEdits(r.text, fix.edits.filter((e) => e.file === file))));
    }
  }
})();
