import * as fs from 'node:fs';
import { GoParser } from '../server/src/engine/go/parser';
import { walk } from '../server/src/engine/go/syntax';
(async () => {
  const p = await GoParser.load();
  for (const t of [fs.readFileSync(process.argv[2]!, 'utf8'), JSON.parse(fs.readFileSync(process.argv[3]!, 'utf8'))]) {
    const tree = p.parse(t);
    walk(tree.rootNode, (n) => { if (n.isError || n.isMissing) console.log(n.isMissing ? 'MISSING' : 'ERROR', n.startPosition, JSON.stringify(n.text.slice(0, 60))); });
    console.log('--');
  }
})();
