import { describe, expect, it } from 'vitest';
import { nextTask } from './next-task';

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
