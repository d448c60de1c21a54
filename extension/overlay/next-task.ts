// Lets the page run before the caller goes on: the rest runs in a task of its own, so the content
// script's start is not one long task with its evaluation. A message on a private channel (or the
// browser's scheduler.yield) is used, not a timer: nothing is left scheduled once it has run.

interface YieldingScheduler {
  yield(): Promise<void>;
}

export function nextTask(scope: typeof globalThis = globalThis): Promise<void> {
  const scheduler = (scope as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new scope.MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Runs each step in a task of its own, in order, and stops early once `stopped()` says so. */
export async function runEachInItsOwnTask(steps: ReadonlyArray<() => void>, stopped: () => boolean, scope: typeof globalThis = globalThis): Promise<void> {
  for (const step of steps) {
    await nextTask(scope);
    if (stopped()) return;
    step();
  }
}
