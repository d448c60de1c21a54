import { describe, expect, it } from 'vitest';
import { nextTask, runEachInItsOwnTask } from './next-task';

describe('nextTask', () => {
  it.each([
    ['over a message channel', { MessageChannel } as unknown as typeof globalThis],
    ['with scheduler.yield', { MessageChannel, scheduler: { yield: () => new Promise<void>((resolve) => setTimeout(resolve, 0)) } } as unknown as typeof globalThis],
  ])('resolves %s after work already queued as microtasks', async (_label, scope) => {
    const order: string[] = [];
    const done = nextTask(scope).then(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('microtask'));
    await done;
    expect(order).toEqual(['microtask', 'next task']);
  });
});

describe('runEachInItsOwnTask', () => {
  it('runs the steps in order, each after the work queued before it, and stops once told to', async () => {
    const order: string[] = [];
    let stop = false;
    const steps = [
      () => order.push('a'),
      () => {
        order.push('b');
        stop = true;
      },
      () => order.push('c'),
    ];
    const done = runEachInItsOwnTask(steps, () => stop);
    void Promise.resolve().then(() => order.push('microtask'));
    setTimeout(() => order.push('timer'), 0);
    await done;
    expect(order.slice(0, 2)).toEqual(['microtask', 'a']);
    expect(order).not.toContain('c');
    expect(order.filter((entry) => entry !== 'timer')).toEqual(['microtask', 'a', 'b']);
  });
});
