import type { FileFacts, NilArgumentFact, WorkspaceFacts } from '../facts/file-facts';
import { CONTEXT_PKG, CONTEXT_TYPE } from '../knowledge/context-api';
import { packageWord, type NeededName, type TextNeeds } from '../go/needs';
import type { Fix } from '../types';
import type { WorkspaceRule } from './rule';

/** Package-level standard-library functions whose first parameter is a context.Context. */
const STD_CONTEXT_FIRST: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'context',
    new Set([
      'WithCancel',
      'WithCancelCause',
      'WithTimeout',
      'WithTimeoutCause',
      'WithDeadline',
      'WithDeadlineCause',
      'WithValue',
      'WithoutCancel',
      'Cause',
      'AfterFunc',
    ]),
  ],
  ['net/http', new Set(['NewRequestWithContext'])],
  ['net/http/httptrace', new Set(['WithClientTrace', 'ContextClientTrace'])],
  ['os/exec', new Set(['CommandContext'])],
  ['os/signal', new Set(['NotifyContext'])],
  ['runtime/pprof', new Set(['Do', 'WithLabels', 'SetGoroutineLabels', 'Label', 'ForLabels'])],
  ['runtime/trace', new Set(['NewTask', 'StartRegion', 'WithRegion', 'Log', 'Logf'])],
]);

/**
 * Where ctx-nil can report: calls into the standard-library packages above (their files import
 * them, or are them), workspace functions with a context parameter (their files mention
 * context), and files calling those by name.
 */
const CTX_NIL_NEEDS: TextNeeds = {
  words: [...new Set([CONTEXT_PKG, ...STD_CONTEXT_FIRST.keys()].map(packageWord))],
  namesFrom: contextTakingFunctions,
};

function* contextTakingFunctions(facts: WorkspaceFacts): Iterable<NeededName> {
  for (const file of facts.files.values()) {
    if (!file.packagePath) continue;
    for (const fn of file.functions) {
      if (fn.receiver === null && fn.params.some((p) => p.qualifiedType === CONTEXT_TYPE)) yield { word: fn.name, pkg: file.packagePath };
    }
  }
}

/**
 * True when the argument goes to a context.Context parameter that does not accept nil: a
 * standard-library function, or a workspace function whose body never checks the ctx for nil.
 */
function expectsContext(facts: WorkspaceFacts, nil: NilArgumentFact): boolean {
  if (STD_CONTEXT_FIRST.get(nil.callee.pkg)?.has(nil.callee.name)) return nil.argIndex === 0;
  const fn = facts.findFunction(nil.callee.pkg, nil.callee.name);
  if (!fn || fn.params.length === 0) return false;
  const last = fn.params.length - 1;
  const param = fn.variadic && nil.argIndex >= last ? fn.params[last] : fn.params[nil.argIndex];
  return param?.qualifiedType === CONTEXT_TYPE && !param.nilChecked;
}

function todoFix(facts: WorkspaceFacts, file: FileFacts, nil: NilArgumentFact): Fix[] {
  const contextImport = file.contextImport;
  if (!contextImport) return [];
  // A new import may not take the name of a function declared in another file of the package.
  if (contextImport.edits.length > 0 && file.packagePath && facts.findFunction(file.packagePath, contextImport.name)) return [];
  const todo = contextImport.name === '.' ? 'TODO()' : `${contextImport.name}.TODO()`;
  return [{ title: `Pass ${todo} (better: the caller's ctx)`, edits: [{ file: file.path, range: nil.range, newText: todo }, ...contextImport.edits] }];
}

export const ctxNil: WorkspaceRule = {
  meta: {
    id: 'ctx-nil',
    defaultSeverity: 'error',
    summary: 'nil passed where a context.Context is expected.',
    fixable: true,
    otherLinters: [{ linter: 'staticcheck', checks: ['SA1012'] }],
    inTestCode: 'report',
    needs: CTX_NIL_NEEDS,
  },
  scope: 'workspace',
  unit: 'package',
  check({ facts, report }) {
    for (const file of facts.files.values()) {
      for (const nil of file.nilArguments) {
        if (nil.rejectionAsserted || !expectsContext(facts, nil)) continue;
        const callee = nil.callee.pkg === file.packagePath ? nil.callee.name : `${nil.callee.pkg}.${nil.callee.name}`;
        report({
          file: file.path,
          range: nil.range,
          message: `nil passed as the context of ${callee}: it panics as soon as the context is used (Done, Err, Value, deriving from it)`,
          fixes: todoFix(facts, file, nil),
        });
      }
    }
  },
};
