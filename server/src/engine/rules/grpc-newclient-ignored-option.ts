import * as path from 'node:path';
import { CHAIN_MODEL_NEEDS } from '../chains/needs';
import type { Chain, BlockingDialOption } from '../chains/model';
import { constructorOf, isGrpcChain } from '../chains/rule-support';
import type { ExprFact } from '../facts/chain-facts';
import { removeListItems } from '../fixes/list-items';
import { NEW_CLIENT, NEW_CLIENT_IGNORED_OPTIONS } from '../knowledge/grpc-api';
import { sameRange, type Fix } from '../types';
import type { WorkspaceRule } from './rule';

/** The grpc constructor a client chain's options reach (`NewClient`, `Dial`, `DialContext`). */
function grpcConstructor(chain: Chain): string {
  const written = chain.via?.grpcConstructor ?? chain.constructor;
  return written.slice(written.lastIndexOf('.') + 1);
}

/** Removing an option is safe when its arguments name nothing (a variable or import left unused would not compile). */
function namesNothing(option: ExprFact): boolean {
  return (option.args ?? []).every((arg) => /^(true|false|\d+)$/.test(arg.text));
}

/** Each blocking-dial option written in the workspace, with the client chains that hold it. */
function optionsByPlace(chains: readonly Chain[]): Map<string, { option: BlockingDialOption; chains: Chain[] }> {
  const out = new Map<string, { option: BlockingDialOption; chains: Chain[] }>();
  for (const chain of chains) {
    if (!isGrpcChain(chain) || chain.kind !== 'client') continue;
    for (const option of chain.blockingDialOptions) {
      const key = `${option.at.file}\0${option.at.range.start.line}:${option.at.range.start.character}`;
      const place = out.get(key) ?? out.set(key, { option, chains: [] }).get(key)!;
      place.chains.push(chain);
    }
  }
  return out;
}

export const grpcNewclientIgnoredOption: WorkspaceRule = {
  meta: {
    id: 'grpc-newclient-ignored-option',
    defaultSeverity: 'warning',
    summary: 'WithBlock, WithTimeout, WithReturnConnectionError or FailOnNonTempDialError given to grpc.NewClient, which ignores them.',
    fixable: true,
    inTestCode: 'report',
    needs: CHAIN_MODEL_NEEDS,
  },
  scope: 'workspace',
  check({ facts, report }) {
    for (const { option, chains } of optionsByPlace(facts.chains).values()) {
      // An option that also reaches a grpc.Dial does its work there.
      if (chains.some((c) => grpcConstructor(c) !== NEW_CLIENT)) continue;
      // Written in the package the client is made in: what a helper of another package hands out may reach constructors ctxlens does not see.
      const chain = chains.find((c) => c.file === option.at.file) ?? chains.find((c) => path.dirname(c.file) === path.dirname(option.at.file));
      const instead = NEW_CLIENT_IGNORED_OPTIONS.get(option.option);
      if (!chain || !instead) continue;
      const ctor = chain.via ? undefined : constructorOf(facts.files.get(chain.file), chain);
      const index = ctor && !ctor.spread ? ctor.options.findIndex((o) => sameRange(o.range, option.at.range)) : -1;
      const direct = ctor && index >= 0 ? ctor.options[index] : undefined;
      let fixes: Fix[] = [];
      if (ctor && direct && namesNothing(direct)) {
        const items = [...(ctor.leading ?? []), ...ctor.options];
        const cuts = removeListItems(chain.file, items, ctor.range.end.line, new Set([(ctor.leading ?? []).length + index]));
        if (cuts) fixes = [{ title: `Remove grpc.${option.option} (grpc.${NEW_CLIENT} ignores it)`, edits: cuts }];
      }
      const where = direct
        ? ''
        : chain.via
          ? ` (${chain.via.callee.text} passes it on to grpc.${NEW_CLIENT})`
          : ` (it reaches the grpc.${NEW_CLIENT} call on line ${chain.range.start.line + 1})`;
      report({ file: option.at.file, range: option.at.range, message: `grpc.${NEW_CLIENT} ignores grpc.${option.option}${where}: ${instead}`, fixes });
    }
  },
};
