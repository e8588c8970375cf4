// CPU-time budgets: how long a parse or an analysis of one file may run before it is given up.
// CPU time, not the wall clock, so that a busy machine does not make a file time out.
import * as os from 'node:os';
import { isMainThread } from 'node:worker_threads';

type CpuUsage = () => { user: number; system: number };
const threadCpuUsage = (process as { threadCpuUsage?: CpuUsage }).threadCpuUsage;

/** Off the main thread without a per-thread clock, the process's CPU time grows up to this many times faster than this thread's. */
const processCpuPerThreadCpu = threadCpuUsage || isMainThread ? 1 : os.availableParallelism();

/** CPU time used so far, in ms: of this thread where Node can tell, else of the process. */
export function cpuMs(): number {
  const { user, system } = threadCpuUsage ? threadCpuUsage.call(process) : process.cpuUsage();
  return (user + system) / 1000 / processCpuPerThreadCpu;
}

/** Two seconds of CPU, plus a millisecond per KiB: a 10 MiB hand-written file parses in about 3 s. */
export function fileBudgetMs(length: number): number {
  return 2000 + length / 1024;
}

/** The analysis of a file outlived its budget: the file is skipped with this message as its reason. */
export class AnalysisTimeout extends Error {
  constructor(budgetMs: number) {
    super(`analysing took more than ${(budgetMs / 1000).toFixed(1)} s of CPU time`);
  }
}

/** Clock reads per check: a read is a system call, and checks sit in loops over a file's anchors. */
const CHECKS_PER_READ = 64;

/**
 * A point budgetMs of CPU time from now. A thread's CPU time never runs ahead of the wall clock,
 * so until budgetMs of wall time has gone by the CPU clock (a system call: 8% of a scan's worker
 * time when read at every check) is not read at all.
 */
export class CpuDeadline {
  private readonly cpuAt: number;
  private readonly wallAt: number;

  constructor(budgetMs: number) {
    this.cpuAt = cpuMs() + budgetMs;
    this.wallAt = performance.now() + budgetMs;
  }

  passed(): boolean {
    return performance.now() > this.wallAt && cpuMs() > this.cpuAt;
  }
}

/** An analysis's deadline, checked where the analysis loops (each anchor of a word, each rule). */
export class AnalysisDeadline {
  private readonly deadline: CpuDeadline;
  private checks = 0;

  constructor(private readonly budgetMs: number) {
    this.deadline = new CpuDeadline(budgetMs);
  }

  /** Throws AnalysisTimeout once the budget is spent (the clock is read on every CHECKS_PER_READ-th call, and when every is set). */
  check(every = false): void {
    if ((every || ++this.checks % CHECKS_PER_READ === 0) && this.deadline.passed()) throw new AnalysisTimeout(this.budgetMs);
  }
}
