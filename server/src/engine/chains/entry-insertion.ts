// Where a fix puts a new interceptor into a server or client chain: at a position of the
// effective order, through the options written in the constructor call.
import { GRPC_PKG } from '../knowledge/grpc-api';
import type { ConstructorFact } from '../facts/chain-facts';
import { sameRange, type TextEdit } from '../types';
import type { Chain } from './model';
import {
  argumentContaining,
  chainOptionName,
  insertAfterArgument,
  insertBefore,
  isGrpcCall,
  literalOptions,
  movableChainOptions,
  type StreamKind,
} from './rule-support';

function qualifier(text: string): string {
  return text.slice(0, text.lastIndexOf('.'));
}

/**
 * `grpc.UnaryInterceptor(x)` → `grpc.ChainUnaryInterceptor(text, x)` (at 0) or `(x, text)`
 * (after x), when no option before it adds to this chain (the chain option then runs where the single ran).
 */
function convertSingle(chain: Chain, ctor: ConstructorFact, kind: StreamKind, text: string, at: number): TextEdit[] | null {
  const single = chain.singles[kind][0]!;
  const singleName = kind === 'unary' ? 'UnaryInterceptor' : 'StreamInterceptor';
  const chainName = chainOptionName(chain, kind);
  const options = literalOptions(ctor);
  const index = options.findIndex((o) => single.registered.file === chain.file && sameRange(o.range, single.registered.range));
  const option = options[index];
  const arg = option?.args?.[0];
  if (!option?.callee || !arg || option.args!.length !== 1 || !isGrpcCall(option, [singleName])) return null;
  // Options before it must be grpc options that add nothing to this chain.
  if (
    !options
      .slice(0, index)
      .every((o) => o.kind === 'call' && o.callee?.kind === 'selector' && o.callee.ref?.pkg === GRPC_PKG && o.callee.ref.name !== chainName)
  )
    return null;
  const rename = { file: chain.file, range: option.callee.range, newText: `${qualifier(option.callee.text)}.${chainName}` };
  const insertion = at === 0 ? insertBefore(chain.file, arg, text) : insertAfterArgument(chain.file, option.args!, 0, [text]);
  return insertion ? [rename, insertion] : null;
}

/**
 * The edits putting the interceptor `text` at position `at` of the chain (after the first `at` entries), or
 * null when that is not certain: next to the entry before or after it in a literal chain option
 * of the constructor call; first, as a new first chain option; or by turning the single
 * interceptor (which runs before every chained one) into a chain option.
 */
export function entryInsertionEdits(chain: Chain, ctor: ConstructorFact, kind: StreamKind, text: string, at: number): TextEdit[] | null {
  const file = chain.file;
  const singles = chain.singles[kind];
  if (singles.length > 1) return null;
  const fromSingle = singles[0]?.entries.length ?? 0;
  if (singles.length === 1 && at <= fromSingle) {
    // Before or after everything the single option holds: the single option becomes a chain option.
    const converted = at === 0 || at === fromSingle ? convertSingle(chain, ctor, kind, text, at) : null;
    if (converted || at < fromSingle) return converted;
  }
  const chained = chain[kind].slice(fromSingle);
  const position = at - fromSingle;
  const options = movableChainOptions(chain, ctor, kind);
  const before = chained[position - 1];
  if (before) {
    for (const option of options) {
      const index = argumentContaining(option, chain, before.registered);
      const insertion = index >= 0 ? insertAfterArgument(file, option.args!, index, [text]) : null;
      if (index >= 0) return insertion && [insertion];
    }
  }
  const after = chained[position];
  const holder = after ? options.find((o) => argumentContaining(o, chain, after.registered) === 0) : undefined;
  if (holder) return [insertBefore(file, holder.args![0]!, text)];
  const firstOption = literalOptions(ctor)[0];
  if (position > 0 || ctor.spread || !firstOption || !ctor.callee) return null;
  return [insertBefore(file, firstOption, `${qualifier(ctor.callee.text)}.${chainOptionName(chain, kind)}(${text})`)];
}
