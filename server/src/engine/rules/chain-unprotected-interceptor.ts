import { CHAIN_MODEL_NEEDS } from '../chains/needs';
import type { Chain, ChainEntry } from '../chains/model';
import type { ConstructorFact, ExprFact } from '../facts/chain-facts';
import {
  STREAM_KINDS,
  argumentIndex,
  constructorOf,
  foundInWrapper,
  endsWithComment,
  insertAfterArgument,
  isGrpcCall,
  lineTail,
  literalOptions,
  movableChainOptions,
  within,
  type StreamKind,
  unrecoveredZone,
  isGrpcChain,
} from '../chains/rule-support';
import { removeListItems } from '../fixes/list-items';
import { type Fix, type Position, type Range, sameRange, type TextEdit } from '../types';
import type { WorkspaceRule } from './rule';

/** Where an entry is written in the constructor call: an argument of a literal chain option, or a single option of its own. */
type Slot = { option: ExprFact; index: number } | { single: number };

function slotOf(chain: Chain, ctor: ConstructorFact, kind: StreamKind, entry: ChainEntry): Slot | null {
  for (const option of movableChainOptions(chain, ctor, kind)) {
    const index = argumentIndex(option, chain, entry.registered);
    if (index >= 0) return { option, index };
  }
  const singleName = kind === 'unary' ? 'UnaryInterceptor' : 'StreamInterceptor';
  const single = literalOptions(ctor).findIndex(
    (o) =>
      isGrpcCall(o, [singleName]) &&
      !o.spread &&
      o.args?.length === 1 &&
      entry.registered.file === chain.file &&
      sameRange(o.args[0]!.range, entry.registered.range),
  );
  return single >= 0 ? { single } : null;
}

function unitEnd(arg: ExprFact): Position {
  return { line: arg.range.end.line, character: arg.range.end.character + (arg.after ?? '').length };
}

/**
 * All the moved arguments and the recovery are arguments of one option: their texts trade
 * places (what stays outside, then the recovery, then the moved ones), so the commas and line
 * breaks between them stay where they are. One per line with trailing comments, whole lines
 * trade places, so that each comment stays with its interceptor.
 */
function permute(file: string, option: ExprFact, moved: readonly number[], recovery: number): TextEdit[] | null {
  const args = option.args!;
  const from = moved[0]!;
  const span = args.slice(from, recovery + 1);
  const order = [...span.filter((_, i) => !moved.includes(from + i) && from + i !== recovery), args[recovery]!, ...moved.map((i) => args[i]!)];
  const swaps = (unit: boolean) =>
    span.flatMap((arg, i) =>
      order[i] === arg
        ? []
        : [
            {
              file,
              range: { start: arg.range.start, end: unit ? unitEnd(arg) : arg.range.end },
              newText: unit ? `${order[i]!.source}${order[i]!.after}` : order[i]!.source!,
            },
          ],
    );
  const ownLines = span.every((a) => a.indent !== undefined && a.indent === span[0]!.indent);
  // Elsewhere in a list, a multi-line argument would keep its old indentation.
  if (!ownLines) return order.some((a) => a.source!.includes('\n')) ? null : swaps(false);
  const tails = span.map(lineTail);
  const withComment = tails.filter((t) => !!t?.comment).length;
  if (withComment === 0) return swaps(false);
  // Whole lines keep gofmt's comment column only when every line has a comment in that one column.
  const column = (a: ExprFact, i: number) => a.source!.length + tails[i]!.padding.length;
  if (withComment < span.length || span.some((a, i) => a.source!.includes('\n') || column(a, i) !== column(span[0]!, 0))) return null;
  return swaps(true);
}

/**
 * Removes the arguments at `indices` of a list; null when a comment would be lost or gofmt
 * would align the comments around a removed line differently.
 */
function removeFromList(file: string, args: readonly ExprFact[], closeLine: number, indices: ReadonlySet<number>, keepComments: boolean): TextEdit[] | null {
  for (const i of indices) {
    if (keepComments && endsWithComment(args[i])) return null;
    if (endsWithComment(args[i - 1]) && endsWithComment(args[i + 1])) return null;
  }
  return removeListItems(file, args, closeLine, indices);
}

/** The moved arguments leave their options (an option left empty leaves the constructor call) and follow the recovery. */
function moveAcross(chain: Chain, ctor: ConstructorFact, slots: readonly Slot[], recoveryOption: ExprFact, recovery: number): TextEdit[] | null {
  const file = chain.file;
  const options = literalOptions(ctor);
  const sources: string[] = [];
  const removedOptions = new Set<number>();
  const byOption = new Map<ExprFact, Set<number>>();
  for (const slot of slots) {
    const arg = 'single' in slot ? options[slot.single]!.args![0]! : slot.option.args![slot.index]!;
    // Moved into another list, a multi-line argument would keep its old indentation.
    if (arg.source === undefined || arg.source.includes('\n') || endsWithComment(arg)) return null;
    sources.push(arg.source);
    if ('single' in slot) removedOptions.add(slot.single);
    else byOption.set(slot.option, (byOption.get(slot.option) ?? new Set()).add(slot.index));
  }
  const edits: TextEdit[] = [];
  for (const [option, indices] of byOption) {
    if (indices.size === option.args!.length) {
      removedOptions.add(options.indexOf(option));
      continue;
    }
    const removal = removeFromList(file, option.args!, option.range.end.line, indices, true);
    if (!removal) return null;
    edits.push(...removal);
  }
  if (removedOptions.size > 0) {
    // An option that goes takes its comment with it.
    const removal = removeFromList(file, ctor.options, ctor.range.end.line, removedOptions, false);
    if (!removal) return null;
    edits.push(...removal);
  }
  const insertion = insertAfterArgument(file, recoveryOption.args!, recovery, sources);
  return insertion ? [...edits, insertion] : null;
}

/**
 * Moves the interceptors that can panic from before the recovery to just after it, in their
 * order; library interceptors before it stay where they are (they must see a recovered panic as
 * an error). Only when every one of them and the recovery are written in the constructor call.
 */
function moveInsideRecoveryFix(chain: Chain, ctor: ConstructorFact, kind: StreamKind, recovery: ChainEntry, outside: readonly ChainEntry[]): Fix[] {
  if (chain.singles[kind].length > 1) return [];
  const target = slotOf(chain, ctor, kind, recovery);
  if (!target || 'single' in target) return [];
  const slots = outside.map((entry) => slotOf(chain, ctor, kind, entry));
  if (slots.some((slot) => slot === null)) return [];
  const known = slots as Slot[];
  const sameOption = known.every((slot) => !('single' in slot) && slot.option === target.option);
  const edits = sameOption
    ? permute(
        chain.file,
        target.option,
        known.map((slot) => (slot as { index: number }).index),
        target.index,
      )
    : moveAcross(chain, ctor, known, target.option, target.index);
  if (!edits || edits.length === 0) return [];
  return [{ title: `Move ${outside.map((e) => e.name).join(', ')} after ${recovery.name}`, edits }];
}

/** The option of the constructor call that holds every entry, else the constructor: where the user fixes the chain. */
function placeOf(chain: Chain, ctor: ConstructorFact, entries: readonly ChainEntry[]): Range {
  const holder = literalOptions(ctor).find((o) => entries.every((e) => e.registered.file === chain.file && within(e.registered.range, o.range)));
  return holder?.callee?.range ?? holder?.range ?? ctor.callee?.range ?? chain.range;
}

function names(entries: readonly ChainEntry[]): string {
  const list = entries.map((e) => e.name);
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

export const chainUnprotectedInterceptor: WorkspaceRule = {
  meta: {
    id: 'chain-unprotected-interceptor',
    defaultSeverity: 'warning',
    summary: 'An interceptor that can panic runs before (outside) the recovery interceptor: its panics are not recovered.',
    fixable: true,
    inTestCode: 'quiet',
    needs: CHAIN_MODEL_NEEDS,
  },
  scope: 'workspace',
  unit: 'chain',
  check({ facts, config, report }) {
    const reported = new Set<string>();
    for (const chain of facts.chains) {
      if (!isGrpcChain(chain)) continue;
      if (chain.kind !== 'server' || chain.builtOutsideWorkspace) continue;
      const ctor = constructorOf(facts.files.get(chain.file), chain);
      if (!ctor) continue;
      for (const kind of STREAM_KINDS) {
        const zone = unrecoveredZone(chain, kind, config);
        if (!zone) continue;
        const { recovery, outside } = zone;
        if (foundInWrapper(facts, chain, kind, [...outside, recovery])) continue;
        const range = placeOf(chain, ctor, outside);
        const key = `${chain.file}:${range.start.line}:${range.start.character}:${kind}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const verb = outside.length === 1 ? 'runs' : 'run';
        report({
          file: chain.file,
          range,
          message: `${names(outside)} ${verb} before (outside) ${recovery.name} in the ${kind} chain of ${chain.constructor}: a panic in ${outside.length === 1 ? 'it' : 'them'} is not recovered and kills the process`,
          related: [
            ...outside.map((e) => ({ file: e.registered.file, range: e.registered.range, message: `${e.name} runs outside recovery` })),
            { file: recovery.registered.file, range: recovery.registered.range, message: `the recovery interceptor ${recovery.name}` },
          ],
          fixes: moveInsideRecoveryFix(chain, ctor, kind, recovery, outside),
        });
      }
    }
  },
};
