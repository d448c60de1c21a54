// Listens for the background's "debtors changed" notices. A notice is acted on only when it has
// the expected shape and comes from this extension; the listener goes away with the signal.
import { DebtorsChanged } from '../messaging/protocol';

interface RuntimeEvents {
  id: string;
  onMessage: {
    addListener(listener: (message: unknown, sender: { id?: string }) => void): void;
    removeListener(listener: (message: unknown, sender: { id?: string }) => void): void;
  };
}

export function listenForDebtorChanges(runtime: RuntimeEvents, signal: AbortSignal, onChange: (change: DebtorsChanged) => void): void {
  if (signal.aborted) return;
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== runtime.id) return;
    const parsed = DebtorsChanged.safeParse(message);
    if (parsed.success) onChange(parsed.data);
  };
  runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(listener), { once: true });
}
