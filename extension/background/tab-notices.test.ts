import { describe, expect, it } from 'vitest';
import { DebtorsChanged, PROTOCOL } from '../messaging/protocol';
import { noticeGmailTabs } from './tab-notices';

describe('noticeGmailTabs', () => {
  it('sends one valid notice per Gmail tab and counts the tabs that took it', async () => {
    const sent: Array<[number, unknown]> = [];
    const count = await noticeGmailTabs(
      { debtorIds: ['d1', 'd2'], all: false },
      {
        gmailTabIds: async () => [4, 9, 11],
        sendToTab: async (id, message) => {
          if (id === 9) throw new Error('Could not establish connection. Receiving end does not exist.');
          sent.push([id, message]);
        },
      },
    );
    expect(count).toBe(2);
    expect(sent.map(([id]) => id)).toEqual([4, 11]);
    expect(sent[0]?.[1]).toEqual({ protocol: PROTOCOL, type: 'debtors-changed', debtorIds: ['d1', 'd2'], all: false });
    expect(DebtorsChanged.safeParse(sent[0]?.[1]).success).toBe(true);
  });

  it('says "all" instead of listing more ids than a notice may carry', async () => {
    const sent: unknown[] = [];
    const ids = Array.from({ length: 6000 }, (_, i) => `d${i}`);
    await noticeGmailTabs({ debtorIds: ids, all: false }, { gmailTabIds: async () => [1], sendToTab: async (_id, m) => void sent.push(m) });
    expect(sent).toEqual([{ protocol: PROTOCOL, type: 'debtors-changed', debtorIds: [], all: true }]);
    expect(DebtorsChanged.safeParse(sent[0]).success).toBe(true);
  });
});
