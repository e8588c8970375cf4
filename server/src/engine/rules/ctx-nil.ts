import type { FileFacts, NilArgumentFact, WorkspaceFacts } from '../facts';
import type { Fix } from '../types';
import type { WorkspaceRule } from './rule';

const CONTEXT_TYPE = 'context.Context';

/** Package-level standard-library functions whose first parameter is a context.Context. */
const STD_CONTEXT_FIRST: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['context', new Set(['WithCancel', 'WithCancelCause', 'WithTimeout', 'WithTimeoutCause', 'WithDeadline', 'WithDeadlineCause', 'WithValue', 'WithoutCancel', 'Cause', 'AfterFunc'])],
  ['net/http', new Set(['NewRequestWithContext'])],
  ['net/http/httptrace', new Set(['WithClientTrace', 'ContextClientTrace'])],
  ['os/exec', new Set(['CommandContext'])],
  ['os/signal', new Set(['NotifyContext'])],
  ['runtime/pprof', new Set(['Do', 'WithLabels', 'SetGoroutineLabels', 'Label', 'ForLabels'])],
  ['runtime/trace', new Set(['NewTask', 'StartRegion', 'WithRegion', 'Log', 'Logf'])],
]);

/** The import-path-qualified type of the parameter receiving the argument, when the callee is known. */
function parameterType(facts: WorkspaceFacts, nil: NilArgumentFact): string | undefined {
  if (STD_CONTEXT_FIRST.get(nil.callee.pkg)?.has(nil.callee.name)) return nil.argIndex === 0 ? CONTEXT_TYPE : undefined;
  const fn = facts.findFunction(nil.callee.pkg, nil.callee.name);
  if (!fn || fn.params.length === 0) return undefined;
  const last = fn.params.length - 1;
  if (fn.variadic && nil.argIndex >= last) return fn.params[last]!.qualifiedType;
  return fn.params[nil.argIndex]?.qualifiedType;
}

function todoFix(file: FileFacts, nil: NilArgumentFact): Fix[] {
  const contextImport = file.contextImport;
  if (!contextImport) return [];
  const todo = contextImport.name === '.' ? 'TODO()' : `${contextImport.name}.TODO()`;
  return [{ title: `Pass ${todo} (better: the caller's ctx)`, edits: [{ file: file.path, range: nil.range, newText: todo }, ...contextImport.edits] }];
}

export const ctxNil: WorkspaceRule = {
  meta: {
    id: 'ctx-nil',
    defaultSeverity: 'error',
    summary: 'nil passed where a context.Context is expected.',
    fixable: true,
  },
  scope: 'workspace',
  check({ facts, report }) {
    for (const file of facts.files.values()) {
      for (const nil of file.nilArguments) {
        if (parameterType(facts, nil) !== CONTEXT_TYPE) continue;
        const callee = nil.callee.pkg === file.packagePath ? nil.callee.name : `${nil.callee.pkg}.${nil.callee.name}`;
        report({
          file: file.path,
          range: nil.range,
          message: `nil passed as the context of ${callee}: it panics as soon as the context is used (Done, Err, Value, deriving from it)`,
          fixes: todoFix(file, nil),
        });
      }
    }
  },
};
